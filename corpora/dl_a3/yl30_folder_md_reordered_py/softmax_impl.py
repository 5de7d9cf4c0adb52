import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    z -= np.max(z, axis=-1, keepdims=True)
    p = np.exp(z)
    p /= np.sum(p, axis=-1, keepdims=True)
    return p
