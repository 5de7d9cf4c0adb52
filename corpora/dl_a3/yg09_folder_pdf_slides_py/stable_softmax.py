import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))          # shift by the max -> exp(...) <= 1
    return e / e.sum(axis=-1, keepdims=True)
