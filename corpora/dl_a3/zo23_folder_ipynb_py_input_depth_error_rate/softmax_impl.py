import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    zmax = np.max(z, axis=-1, keepdims=True)
    expz = np.exp(z - zmax)
    return expz / expz.sum(axis=-1, keepdims=True)
