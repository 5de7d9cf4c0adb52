"""DL Assignment 3 - Q6: numerically stable softmax.

Author: Lena Hoffmann
"""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of an array of any shape.

    Subtracting the row-wise maximum does not change the result
    (softmax is invariant to adding a constant to all logits of a row)
    but makes the largest exponent exp(0) = 1, so nothing overflows.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))          # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax([1000.0, 1001.0]))         # [0.26894142 0.73105858]
    x = np.random.randn(2, 3, 4)
    print(stable_softmax(x).sum(axis=-1))           # all ones
