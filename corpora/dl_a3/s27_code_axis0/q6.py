import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=0, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=0, keepdims=True)
