import numpy as np


def stable_softmax(z):
    """softmax over the last axis, stable for large logits"""
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
