import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_stable = z - np.max(z, axis=-1, keepdims=True)
    num = np.exp(z_stable)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
