# Camille Laurent - Devoir 3, question 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=-1, keepdims=True)
    # exp(z - m) <= 1 : pas de dépassement
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)
