import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    z = z - z.max(-1, keepdims=True)
    np.exp(z, out=z)
    return z / z.sum(-1, keepdims=True)
