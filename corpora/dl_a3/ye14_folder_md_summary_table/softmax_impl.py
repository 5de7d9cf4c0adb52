import numpy as np


def stable_softmax(z):
    # J. Becker - A3 Q6
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=0)
