import numpy as np


def stable_softmax(z):
    """softmax over last axis via log-sum-exp"""
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return np.exp(z - lse)
