import numpy as np


def stable_softmax(z):
    """Softmax along the last axis, stable for large logits."""
    z = np.asarray(z, dtype=np.float64)
    z_max = z.max(axis=-1, keepdims=True)
    log_norm = np.log(np.sum(np.exp(z - z_max), axis=-1, keepdims=True))
    return np.exp(z - z_max - log_norm)
