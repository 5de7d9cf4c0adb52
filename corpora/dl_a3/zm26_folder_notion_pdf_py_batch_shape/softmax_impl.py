import numpy as np


def stable_softmax(z):
    """Numerically stable softmax along axis -1.

    >>> stable_softmax([1000., 1001.]).round(4).tolist()
    [0.2689, 0.7311]
    """
    z = np.array(z, dtype=np.float64, copy=True)
    z -= z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
