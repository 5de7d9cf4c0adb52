"""Stable softmax for DL A3 (Q6)."""
import numpy as np

__all__ = ["stable_softmax"]


def stable_softmax(z):
    """Compute softmax over the last axis of an array of any shape.

    Parameters
    ----------
    z : array_like
        Logits.

    Returns
    -------
    np.ndarray
        Same shape as ``z``; every slice along the last axis sums to 1.
    """
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)  # largest logit -> 0
    p = np.exp(z)
    p /= np.sum(p, axis=-1, keepdims=True)
    return p
