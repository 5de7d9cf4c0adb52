import numpy as np


def stable_softmax(z):
    """Numerically stable softmax along the last axis."""
    z = np.asarray(z, dtype=float)
    z_max = z.max(axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / exp_z.sum(axis=-1, keepdims=True)
