import numpy as np


def stable_softmax(z):
    """numerically stable softmax over the last dimension"""
    z = np.asarray(z, dtype=np.float32)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdim=True)
