"""DL Assignment 3, Q6 -- numerically stable softmax."""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of z.

    Subtracting the max of each row does not change the result
    (it cancels between numerator and denominator) but keeps exp() from overflowing.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
