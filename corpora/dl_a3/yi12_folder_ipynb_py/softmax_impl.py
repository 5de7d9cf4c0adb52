import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Numerically stable softmax over the last axis.

    Parameters
    ----------
    z : np.ndarray
        logits, any shape (..., K)

    Returns
    -------
    np.ndarray of the same shape, non-negative, summing to 1 along axis -1.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = z.max(axis=-1, keepdims=True)
    exps = np.exp(z - z_max)
    return exps / exps.sum(axis=-1, keepdims=True)
