import numpy as np


def stable_softmax(z):
    """Softmax along the last axis; the max is subtracted so exp never overflows."""
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)
