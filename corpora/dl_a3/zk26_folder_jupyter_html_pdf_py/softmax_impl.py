import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    num = np.exp(z - z_max)
    return num / np.sum(num, axis=-1, keepdims=True)
