"""Q6 - numerically stable softmax (DL Assignment 3)."""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of z (any shape).

    Subtracting the row maximum does not change the result because
    softmax(z) = softmax(z - c) for any constant c along the axis,
    but it keeps every exponent <= 0, so exp() can never overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
