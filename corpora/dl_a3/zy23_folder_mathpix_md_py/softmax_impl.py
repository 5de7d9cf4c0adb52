# Q6  (Isabela Costa)
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    out = np.exp(z - z.max(axis=-1, keepdims=True))
    out /= out.sum(axis=-1, keepdims=True)
    return out
