import numpy as np


def stable_softmax(z):
    """numerically stable softmax over the last axis"""
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(-1, keepdims=True)
    exp_z = np.exp(z)
    return exp_z / exp_z.sum(-1, keepdims=True)
