import numpy as np


def stable_softmax(z):
    # softmax over the last axis
    # exp of every logit, then divide by the sum of the row
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    z = np.array([1.0, 2.0, 3.0])
    print(stable_softmax(z))          # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax(z).sum())    # 1.0
