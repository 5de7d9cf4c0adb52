import numpy as np


def stable_softmax(z):
    """softmax over the last axis; subtracting the max keeps exp() finite."""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - z.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)
