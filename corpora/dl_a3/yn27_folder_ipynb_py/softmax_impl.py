import numpy as np


def stable_softmax(z):
    """Softmax over the last axis."""
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True)
