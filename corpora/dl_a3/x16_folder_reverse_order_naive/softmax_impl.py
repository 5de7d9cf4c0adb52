import numpy as np

def stable_softmax(z):
    # softmax along last axis
    z = np.asarray(z, dtype=float)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
