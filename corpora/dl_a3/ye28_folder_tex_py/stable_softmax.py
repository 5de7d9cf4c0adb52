import numpy as np


def stable_softmax(z):
    """Softmax along the last axis, shifted by the max for stability."""
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
