"""Helpers for assignment 3 (Lena Kowalczyk)."""
import numpy as np


def conv2d_out_shape(in_shape, n_filters, k, stride=1, pad=0, pool=None):
    """Shape (H, W, C) after a conv layer and an optional pool x pool / stride pool max-pool."""
    h, w, _ = in_shape
    h = (h + 2 * pad - k) // stride + 1
    w = (w + 2 * pad - k) // stride + 1
    if pool:
        h, w = h // pool, w // pool
    return (h, w, n_filters)


def stable_softmax(z):
    """Softmax along the last axis; the max is subtracted first so exp never overflows."""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)
