import numpy as np


def stable_softmax(z):
    """softmax along the last axis"""
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))   # [0.09003057 0.24472847 0.66524096]
