# Samuel Mensah-Bonsu 10687432
import numpy as np


def stable_softmax(z):
    if z.ndim == 1:
        e = np.exp(z - np.max(z))
        return e / np.sum(e)
    elif z.ndim == 2:
        e = np.exp(z - np.max(z, axis=1, keepdims=True))
        return e / np.sum(e, axis=1, keepdims=True)
    else:
        raise ValueError("z must be a vector or a matrix")
