import numpy as np


def stable_softmax(z):
    # subtract the smallest logit of each row so that all exponents are >= 0
    z = np.asarray(z, dtype=float)
    z = z - z.min(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
