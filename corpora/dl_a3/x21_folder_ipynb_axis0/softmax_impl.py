import numpy as np


def stable_softmax(z):
    """Stable softmax. Subtract the max before exponentiating."""
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=0, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=0, keepdims=True)
