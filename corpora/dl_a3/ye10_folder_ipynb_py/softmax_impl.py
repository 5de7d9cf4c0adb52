import numpy as np


def stable_softmax(z):
    """Return softmax(z) along the last axis. Works for any shape."""
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)   # stability: exp(<=0) <= 1
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)
