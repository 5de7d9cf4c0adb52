import numpy as np


def stable_softmax(z):
    """Numerically stable softmax along the last axis."""
    a = np.array(z, dtype=float)
    a = a - a.max(axis=-1, keepdims=True)
    np.exp(a, out=a)
    a /= a.sum(axis=-1, keepdims=True)
    return a
