import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract the max so exp never overflows
    e = np.exp(z - np.max(z))
    return e / e.sum(axis=-1, keepdims=True)
