import numpy as np

def stable_softmax(z):
    # max trick
    z = np.array(z, dtype=float)
    zmax = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - zmax)
    return e / np.sum(e, axis=-1, keepdims=True)
