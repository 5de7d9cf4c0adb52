import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = np.clip(z, -500, 500)      # keep np.exp from overflowing
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
