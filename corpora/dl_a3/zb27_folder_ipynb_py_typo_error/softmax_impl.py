import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z_shift)
    return e / np.sum(e, axis=-1, keepdim=True)
