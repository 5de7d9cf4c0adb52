import numpy as np


def stable_softmax(z):
    # softmax along last axis
    z = np.asarray(z, dtype=float)
    numerator = np.exp(z)
    denominator = numerator.sum(axis=-1, keepdims=True)
    return numerator / denominator
