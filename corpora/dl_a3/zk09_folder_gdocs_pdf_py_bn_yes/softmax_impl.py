import numpy as np


def stable_softmax(z):
    """numerically stable softmax over the last axis"""
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)
    exp_vals = np.exp(shifted)
    total = exp_vals.sum(axis=-1, keepdims=True)
    return exp_vals / total
