import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # keep the exponent in a safe range (exp(709) is about the float64 limit)
    z = np.clip(z, -500, 500)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
