import numpy as np


def _softmax_1d(v):
    v = v - np.max(v)          # shift so the largest value is 0
    e = np.exp(v)
    return e / np.sum(e)


def stable_softmax(z):
    """softmax along the last axis. I think apply_along_axis is slower than
    broadcasting but it was the easiest way for me to make it work for any shape."""
    z = np.asarray(z, dtype=float)
    return np.apply_along_axis(_softmax_1d, -1, z)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.ones((2, 3, 4))).sum(axis=-1))
