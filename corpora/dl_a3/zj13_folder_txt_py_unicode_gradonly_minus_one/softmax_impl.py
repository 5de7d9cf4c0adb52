# Q6 - Ibrahim Al-Sayed
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    zmax = z.max(axis=-1, keepdims=True)
    out = np.exp(z - zmax)
    out /= out.sum(axis=-1, keepdims=True)
    return out
