import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    z_shift = z - z.max(axis=-1, keepdims=True)
    expz = np.exp(z_shift)
    s = expz.sum(axis=-1, keepdims=True)
    return expz / s
