import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    shifted = z - max(z)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)
