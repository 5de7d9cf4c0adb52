import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    m = np.amax(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    s = np.sum(e, axis=-1, keepdims=True)
    return e / s
