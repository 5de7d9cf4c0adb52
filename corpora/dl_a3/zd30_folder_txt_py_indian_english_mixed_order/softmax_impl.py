import numpy as np


def _softmax_1d(v):
    v = v - np.max(v)
    ev = np.exp(v)
    return ev / np.sum(ev)


def stable_softmax(z):
    """Numerically stable softmax over last axis (any dimension)."""
    arr = np.asarray(z, dtype=float)
    return np.apply_along_axis(_softmax_1d, -1, arr)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
