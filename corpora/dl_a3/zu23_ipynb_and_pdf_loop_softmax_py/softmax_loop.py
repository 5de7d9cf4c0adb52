# Leila Moradi 40112358 - Q6
import numpy as np


def _sm(v):
    v = v - np.max(v)
    e = np.exp(v)
    return e / np.sum(e)


def stable_softmax(z):
    if z.ndim == 1:
        return _sm(z)
    elif z.ndim == 2:
        out = np.zeros_like(z, dtype=float)
        for i in range(z.shape[0]):
            out[i] = _sm(z[i])
        return out
    else:
        raise ValueError("z must be a vector or a batch of vectors")
