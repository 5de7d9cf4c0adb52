import numpy as np


def stable_softmax(z):
    """softmax over the last axis, shifted by the max"""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
