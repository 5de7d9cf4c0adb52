import numpy as np

def _softmax_1d(v):
    v = v - np.max(v)
    e = np.exp(v)
    return e / np.sum(e)

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        return _softmax_1d(z)
    # batch of vectors: one softmax per row
    return np.array([_softmax_1d(row) for row in z])
