import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    num = np.exp(z)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
