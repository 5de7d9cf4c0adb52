import numpy as np


def stable_softmax(z):
    """numerically stable softmax (last axis)"""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)          # shift so the biggest logit is 0
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
