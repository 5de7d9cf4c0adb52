"""Assignment 3 - softmax utilities (Emily Novak)."""
import numpy as np


def softmax(z):
    """Numerically stable softmax over the last axis."""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


def cross_entropy(p, y):
    return -np.sum(y * np.log(p + 1e-12), axis=-1)
