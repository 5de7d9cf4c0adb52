import numpy as np


def stable_softmax(z):
    """softmax over the classes, shifted by the max so exp() cannot overflow"""
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=0, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=0, keepdims=True)
