import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    z_max = z.max(axis=-1, keepdims=True)
    num = np.exp(z - z_max)
    den = num.sum(axis=-1, keepdims=True)
    return num / den
