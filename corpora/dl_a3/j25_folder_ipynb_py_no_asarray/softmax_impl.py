import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of a numpy array z."""
    shifted = z - z.max(axis=-1, keepdims=True)
    exp_z = np.exp(shifted)
    return exp_z / exp_z.sum(axis=-1, keepdims=True)
