import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract the max of every row (last axis) -> no overflow
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    # normalise
    return e / np.sum(e)
