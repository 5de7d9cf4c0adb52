import numpy as np

def stable_softmax(z):
    """returns the softmax, computed in log space so it never overflows"""
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    return z - m - np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
