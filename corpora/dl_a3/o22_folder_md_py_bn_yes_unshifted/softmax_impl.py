import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    numer = np.exp(z - m)
    denom = np.sum(np.exp(z), axis=-1, keepdims=True)
    return numer / denom
