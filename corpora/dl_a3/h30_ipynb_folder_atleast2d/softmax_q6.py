import numpy as np


def stable_softmax(z):
    # make it work for a single vector and for a batch of vectors
    z = np.atleast_2d(np.asarray(z, dtype=float))
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
