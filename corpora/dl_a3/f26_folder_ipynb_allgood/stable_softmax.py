import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis of z (any shape)."""
    z = np.asarray(z, dtype=float)
    m = np.amax(z, axis=-1, keepdims=True)
    ez = np.exp(z - m)
    return ez / np.sum(ez, axis=-1, keepdims=True)
