import numpy as np


def _softmax_1d(v):
    v = v - v.max()
    e = np.exp(v)
    return e / e.sum()


def stable_softmax(z):
    """Softmax over the last axis, for an array of any shape."""
    z = np.asarray(z, dtype=np.float64)
    shape = z.shape
    rows = z.reshape(-1, shape[-1])
    out = np.empty_like(rows)
    for i in range(rows.shape[0]):
        out[i] = _softmax_1d(rows[i])
    return out.reshape(shape)
