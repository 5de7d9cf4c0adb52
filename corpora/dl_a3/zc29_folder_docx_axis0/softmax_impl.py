import numpy as np


def stable_softmax(z):
    """
    Stable softmax.
    z : list / np.ndarray of logits
    """
    z = np.array(z, dtype=float)
    m = np.max(z, axis=0, keepdims=True)      # max for stability
    e = np.exp(z - m)
    return e / np.sum(e, axis=0, keepdims=True)
