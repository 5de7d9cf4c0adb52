import numpy as np


def stable_softmax(z):
    """numerically stable softmax along the last dimension"""
    arr = np.asarray(z, dtype=np.float64)
    arr = arr - np.max(arr, axis=-1, keepdims=True)
    e = np.exp(arr)
    total = np.sum(e, axis=-1, keepdims=True)
    return e / total
