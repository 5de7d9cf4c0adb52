import numpy as np


def _softmax_1d(v):
    v = v - v.max()          # shift so the largest exponent is 0
    e = np.exp(v)
    return e / e.sum()


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # apply the 1-D version to every slice along the last axis
    return np.apply_along_axis(_softmax_1d, -1, z)
