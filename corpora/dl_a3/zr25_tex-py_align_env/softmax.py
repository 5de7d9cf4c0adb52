# Priyanka Chaudhari (pchaudh7) -- HW3 Problem 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        e = np.exp(z - z.max())
        return e / e.sum()
    elif z.ndim == 2:
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    else:
        raise ValueError("stable_softmax expects a vector or a batch (2-D)")
