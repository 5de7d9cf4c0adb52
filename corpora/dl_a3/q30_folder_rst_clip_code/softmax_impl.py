import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = np.clip(z, -500, 500)   # exp(500) is still finite in float64
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
