import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    b = z.max(axis=-1, keepdims=True)
    y = np.exp(z - b)
    return y / y.sum(axis=-1, keepdims=True)
