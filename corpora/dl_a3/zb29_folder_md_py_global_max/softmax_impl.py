import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)          # shift by the max so exp never overflows
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
