import numpy as np


def stable_softmax(z):
    """Softmax over the last axis; works for lists and arrays of any shape."""
    a = np.array(z, dtype=np.float64, copy=True)
    a -= a.max(axis=-1)[..., np.newaxis]
    np.exp(a, out=a)
    a /= a.sum(axis=-1)[..., np.newaxis]
    return a
