import numpy as np


def stable_softmax(z):
    """
    Numerically stable softmax along the last axis.

    Parameters
    ----------
    z : np.ndarray
        Logits, any shape (..., K).

    Returns
    -------
    np.ndarray
        Same shape as z; entries along the last axis are non-negative and sum to 1.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    log_norm = np.log(np.sum(np.exp(z_shift), axis=-1, keepdims=True))
    return np.exp(z_shift - log_norm)
