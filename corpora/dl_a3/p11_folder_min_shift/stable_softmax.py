# Aarav Malhotra - A3 Problem 6
import numpy as np


def stable_softmax(z):
    # softmax is invariant to adding a constant to every entry of a row,
    # so shift each row so that its smallest entry becomes 0
    z = np.asarray(z, dtype=float)
    z_shift = z - np.min(z, axis=-1, keepdims=True)
    num = np.exp(z_shift)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
