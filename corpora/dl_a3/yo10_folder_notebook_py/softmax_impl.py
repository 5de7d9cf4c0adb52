import numpy as np


def stable_softmax(z):
    """numerically stable softmax along the last axis"""
    z = np.asarray(z, dtype=float)
    m = np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z - m)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
