import numpy as np


def softmax_stable(z):
    """softmax along the last axis, max-shifted for stability"""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(softmax_stable([1, 2, 3]))
    print(softmax_stable([[1000, 1001, 1002], [-1000, -1000, -1000]]))
