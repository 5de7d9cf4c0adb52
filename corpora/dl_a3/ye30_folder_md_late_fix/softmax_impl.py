import numpy as np


def stable_softmax(z):
    """numerically stable softmax over the last axis"""
    z = np.asarray(z, dtype=float)
    shift = z - np.max(z, axis=-1, keepdims=True)
    num = np.exp(shift)
    return num / num.sum(axis=-1, keepdims=True)
