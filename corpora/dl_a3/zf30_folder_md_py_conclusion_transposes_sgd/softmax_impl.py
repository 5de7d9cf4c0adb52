import numpy as np


def stable_softmax(z):
    """Softmax along the last axis; works for any number of dimensions."""
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1, keepdims=True)
    num = np.exp(z - z_max)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
