"""DL Assignment 3 - Q6: numerically stable softmax."""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of z (any shape).

    Subtracting the row-wise max does not change the result
    (softmax is shift invariant) but keeps exp() from overflowing.
    """
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    x = np.random.randn(2, 3, 4)
    print(stable_softmax(x).sum(axis=-1))
