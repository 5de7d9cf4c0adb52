import numpy as np


def stable_softmax(z):
    # subtract max for numerical stability (per row)
    m = np.max(z, axis=1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=1, keepdims=True)
