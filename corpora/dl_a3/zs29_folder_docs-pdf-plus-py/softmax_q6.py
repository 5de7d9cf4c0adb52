# Liam O'Connor 20876543 -- Assignment 3 Q6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 1:
        e = np.exp(z - np.max(z))
        return e / e.sum()
    elif z.ndim == 2:
        # one example per row
        e = np.exp(z - np.max(z, axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    else:
        raise ValueError("stable_softmax expects a 1-D or 2-D array")
