import numpy as np


def stable_softmax(z):
    """
    stable softmax over last axis
    e.g. stable_softmax(np.array([1000, 1001])) -> [0.26894142 0.73105858]
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
