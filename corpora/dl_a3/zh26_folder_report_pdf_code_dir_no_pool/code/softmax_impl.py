"""Stable softmax (Q6), written to work for any number of dimensions."""
from __future__ import annotations

import numpy as np


def _softmax_vector(v: np.ndarray) -> np.ndarray:
    v = v - v.max()
    e = np.exp(v)
    return e / e.sum()


def stable_softmax(z) -> np.ndarray:
    """Softmax over the last axis of ``z`` (list or ndarray, any ndim >= 1)."""
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        return _softmax_vector(z)
    # recurse over the leading axis until we reach 1-D slices
    return np.stack([stable_softmax(sub) for sub in z])
