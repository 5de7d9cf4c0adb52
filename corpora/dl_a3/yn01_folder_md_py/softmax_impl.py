"""DL Assignment 3 - Q6
Numerically stable softmax over the last axis.
"""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of z (any shape).

    Subtracting the row-wise max does not change the result because
    softmax(z + c) = softmax(z) for any constant c added to a whole row,
    but it guarantees exp() never sees a positive argument -> no overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z_shift)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    x = np.random.randn(2, 3, 4)
    print(stable_softmax(x).sum(axis=-1))
