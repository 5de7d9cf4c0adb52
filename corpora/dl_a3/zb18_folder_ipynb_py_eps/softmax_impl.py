import numpy as np

EPS = 1e-8  # avoid division by zero, just in case


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    expz = np.exp(shifted)
    return expz / (np.sum(expz, axis=-1, keepdims=True) + EPS)
