import numpy as np


def _softmax_1d(v):
    v = v - v.max()
    e = np.exp(v)
    return e / e.sum()


def stable_softmax(z):
    """Softmax over the last axis, works for any number of dimensions."""
    arr = np.asarray(z, dtype=float)
    return np.apply_along_axis(_softmax_1d, -1, arr)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
