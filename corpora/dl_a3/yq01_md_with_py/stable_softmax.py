"""DL Assignment 3, Q6 -- Aarav Mehta (21CS1034)"""
import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis of an array of any shape."""
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z_shift)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    x = np.random.randn(2, 3, 4)
    print(stable_softmax(x).sum(axis=-1))
