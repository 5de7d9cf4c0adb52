"""
softmax_impl.py
DL Assignment 3, Question 6.
"""
import numpy as np

__all__ = ["stable_softmax"]


def stable_softmax(z):
    """
    Compute softmax over the last axis of ``z`` in a numerically stable way.

    Parameters
    ----------
    z : array_like, shape (..., K)

    Returns
    -------
    np.ndarray of the same shape, non-negative, summing to 1 over the last axis.
    """
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 0:
        raise ValueError("need at least one dimension")
    z_max = np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)
