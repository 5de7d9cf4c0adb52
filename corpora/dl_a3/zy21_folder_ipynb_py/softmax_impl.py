import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.amax(z, axis=-1, keepdims=True)
    exp_shifted = np.exp(shifted)
    return exp_shifted / exp_shifted.sum(axis=-1, keepdims=True)
