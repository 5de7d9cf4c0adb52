"""
Aisha Rahman (230419866) - DL assignment 3, question 6
"""
import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float, copy=True)
    z -= z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
