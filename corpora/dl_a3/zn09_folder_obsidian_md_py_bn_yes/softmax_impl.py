import numpy as np


def stable_softmax(z):
    """softmax along the last axis, max-shifted"""
    x = np.asarray(z, dtype=float)
    x = x - x.max(axis=-1, keepdims=True)
    num = np.exp(x)
    den = num.sum(axis=-1, keepdims=True)
    return num / den
