import numpy as np


def stable_softmax(z):
    """Return softmax of z over its last axis.

    Parameters
    ----------
    z : np.ndarray, any shape (..., K)

    Returns
    -------
    np.ndarray of the same shape; every slice along the last axis sums to 1.
    """
    z = np.array(z, dtype=np.float64, copy=True)
    z -= z.max(axis=-1, keepdims=True)   # shift for stability
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
