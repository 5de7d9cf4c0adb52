# Q6 -- Fatima Zahra Benali
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    shift = np.max(z, axis=-1, keepdims=True)
    p = np.exp(z - shift)
    p /= np.sum(p, axis=-1, keepdims=True)
    return p
