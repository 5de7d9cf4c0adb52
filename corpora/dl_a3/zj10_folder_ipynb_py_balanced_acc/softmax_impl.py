import numpy as np


def stable_softmax(z):
    """Row-wise (last axis) softmax with the max trick."""
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)
