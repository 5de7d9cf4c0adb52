import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    expz = np.exp(z)
    return expz / np.sum(expz, axis=-1, keepdims=True)
