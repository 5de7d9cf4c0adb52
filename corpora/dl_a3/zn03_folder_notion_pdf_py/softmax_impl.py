import numpy as np


def stable_softmax(z):
    # subtract max along last axis -> largest exponent is exp(0) = 1, no overflow
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([[1000, 1001], [3, -2]])))
