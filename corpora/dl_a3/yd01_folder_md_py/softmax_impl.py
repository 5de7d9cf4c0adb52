"""DL Assignment 3 - Q6
Numerically stable softmax.
"""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of z (any shape).

    Subtracting the row max does not change the result because
    softmax(z) = softmax(z - c) for any constant c, but it keeps
    exp() from overflowing.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z_shift)
    return ez / np.sum(ez, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
