import numpy as np


def _softmax_1d(v):
    m = max(v)
    e = np.exp(v - m)
    return e / e.sum()


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    for idx in np.ndindex(z.shape[:-1]):
        out[idx] = _softmax_1d(z[idx])
    return out
