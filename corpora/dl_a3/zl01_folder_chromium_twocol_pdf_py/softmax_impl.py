"""DL Assignment 3, Q6 -- Priya Raman (CS22B041)."""
import numpy as np


def stable_softmax(z):
    """Softmax along the last axis.

    Subtracting the row maximum does not change the result (it cancels between
    numerator and denominator) but keeps every exponent <= 0, so exp() cannot overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    num = np.exp(z_shift)
    return num / np.sum(num, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
