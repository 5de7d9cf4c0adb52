import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # shift by the maximum so exp does not overflow
    z = z - np.max(z)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)
