import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    c = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - c)
    return e / e.sum(axis=-1, keepdims=True)
