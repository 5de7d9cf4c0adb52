import numpy as np


def stable_softmax(z):
    x = np.asarray(z, dtype=np.float64)
    x = x - np.max(x, axis=-1, keepdims=True)
    ex = np.exp(x)
    return ex / np.sum(ex, axis=-1, keepdims=True)
