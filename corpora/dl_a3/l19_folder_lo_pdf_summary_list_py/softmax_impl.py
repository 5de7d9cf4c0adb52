import numpy as np


def stable_softmax(z):
    """Softmax along the last axis (works for any number of dimensions)."""
    arr = np.asarray(z, dtype=float)
    flat = arr.reshape(-1, arr.shape[-1])
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        e = np.exp(row - row.max())
        out[i] = e / e.sum()
    return out.reshape(arr.shape)
