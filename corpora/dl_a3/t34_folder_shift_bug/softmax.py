import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract the max so that the exponent is never big
    shifted = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return shifted / np.sum(np.exp(z), axis=-1, keepdims=True)
