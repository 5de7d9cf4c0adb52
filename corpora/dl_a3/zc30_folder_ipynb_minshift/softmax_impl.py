import numpy as np


def stable_softmax(z):
    # shift every slice so that its smallest logit is 0 (softmax is shift invariant)
    z = np.asarray(z, dtype=float)
    z = z - z.min(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
