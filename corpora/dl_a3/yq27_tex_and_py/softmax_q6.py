"""Q6 - Marco Bianchi"""
import numpy as np


def stable_softmax(z):
    """Return softmax(z) along the last axis.

    The maximum of every last-axis slice is subtracted first; the result is
    unchanged mathematically but exp() can no longer overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z - z_max)
    sums = np.sum(exps, axis=-1, keepdims=True)
    return exps / sums


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], np.random.randn(2, 3, 4)):
        out = stable_softmax(test)
        print(out.shape, out.sum(axis=-1))
