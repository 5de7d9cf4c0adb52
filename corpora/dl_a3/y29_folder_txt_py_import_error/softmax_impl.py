import numpy as np
from helpers import shift_by_max


def stable_softmax(z):
    z = shift_by_max(np.asarray(z, dtype=float), axis=-1)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
