import numpy as np


def stable_softmax(z):
    x = np.array(z, dtype=np.float64, copy=True)
    x -= x.max(axis=x.ndim - 1, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(axis=x.ndim - 1, keepdims=True)
    return x
