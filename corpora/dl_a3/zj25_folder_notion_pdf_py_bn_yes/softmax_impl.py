import numpy as np


def stable_softmax(z):
    """
    z: array of logits, softmax is applied over the last dimension.
    """
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=-1, keepdims=True)
    p = np.exp(z - m)
    p = p / np.sum(p, axis=-1, keepdims=True)
    return p
