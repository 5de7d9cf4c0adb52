"""
DL Assignment 3 - Question 6
Aisha Siddiqui (2020UCS1562)
"""
import numpy as np


def _softmax_1d(v):
    v = v - np.max(v)
    e = np.exp(v)
    return e / np.sum(e)


def stable_softmax(z):
    """Numerically stable softmax along the last axis (any shape)."""
    z = np.asarray(z, dtype=np.float64)
    return np.apply_along_axis(_softmax_1d, -1, z)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
