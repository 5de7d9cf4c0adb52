import numpy as np


def stable_softmax(z):
    """Stable softmax: subtract the max over the last axis first."""
    z = np.array(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum()
