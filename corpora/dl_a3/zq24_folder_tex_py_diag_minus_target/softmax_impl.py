import numpy as np


def stable_softmax(z):
    """softmax(z) = exp(z - logsumexp(z)), computed row-wise on the last axis"""
    z = np.asarray(z, dtype=float)
    zmax = z.max(axis=-1, keepdims=True)
    lse = zmax + np.log(np.exp(z - zmax).sum(axis=-1, keepdims=True))
    return np.exp(z - lse)
