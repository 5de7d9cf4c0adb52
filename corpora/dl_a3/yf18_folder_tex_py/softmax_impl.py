import numpy as np


def stable_softmax(z):
    """Softmax over the last axis; the max is subtracted to avoid overflow."""
    z = np.asarray(z, dtype=float)
    c = np.max(z, axis=-1, keepdims=True)
    denom = np.sum(np.exp(z - c), axis=-1, keepdims=True)
    return np.exp(z) / denom
