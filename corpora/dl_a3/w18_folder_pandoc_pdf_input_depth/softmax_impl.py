import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    exps = np.exp(z)
    return exps / exps.sum(axis=-1, keepdims=True)
