import numpy as np


def _softmax_1d(v):
    v = v - np.max(v)
    e = np.exp(v)
    return e / np.sum(e)


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        return _softmax_1d(z)
    out = np.empty_like(z)
    for i in range(z.shape[0]):      # one row at a time
        out[i] = _softmax_1d(z[i])
    return out
