import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of z (any shape), overflow-safe."""
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1, keepdims=True)
    num = np.exp(z - z_max)
    return num / np.sum(num, axis=-1, keepdims=True)
