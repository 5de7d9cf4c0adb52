import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    z2 = z.reshape(-1, shape[-1])              # every row = one slice along last axis
    z2 = z2 - z2.max(axis=1).reshape(-1, 1)    # subtract max of each row -> no overflow
    e = np.exp(z2)
    out = e / e.sum(axis=1).reshape(-1, 1)
    return out.reshape(shape)
