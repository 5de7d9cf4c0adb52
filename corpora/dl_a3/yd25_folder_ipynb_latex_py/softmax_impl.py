import numpy as np


def stable_softmax(z):
    """Softmax along axis -1; subtracts the per-slice max before exp."""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= np.sum(z, axis=-1, keepdims=True)
    return z
