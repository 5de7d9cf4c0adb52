import numpy as np


def stable_softmax(z):
    # subtract max so exp doesn't overflow
    z = z - np.max(z)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)
