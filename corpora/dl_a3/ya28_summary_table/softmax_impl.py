import numpy as np


def stable_softmax(z):
    """Softmax along the last axis, safe for large logits."""
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    s = np.sum(e, axis=-1, keepdims=True)
    return e / s
