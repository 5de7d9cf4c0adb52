import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1))
    return e / np.sum(e, axis=-1)
