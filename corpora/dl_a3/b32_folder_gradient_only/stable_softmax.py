import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z - z_max)
    den = np.sum(num, axis=-1, keepdims=True)
    return np.divide(num, den)
