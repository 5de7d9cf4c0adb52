# Hannah Schmidt - A3 Q6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return exps / exps.sum(axis=-1, keepdims=True)
