import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    shift = z - np.amax(z, axis=-1, keepdims=True)
    num = np.exp(shift)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
