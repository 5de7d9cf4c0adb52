# Hannah Kim (20231588) -- DL Assignment 3, Q6
import numpy as np


def _softmax_vec(v):
    v = v - v.max()
    e = np.exp(v)
    return e / e.sum()


def stable_softmax(z):
    """Softmax over the last axis of z (any number of dims)."""
    z = np.asarray(z, dtype=float)
    return np.apply_along_axis(_softmax_vec, -1, z)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])))
