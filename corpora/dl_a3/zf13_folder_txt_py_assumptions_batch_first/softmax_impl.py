import numpy as np


def _softmax_1d(v):
    v = v - np.max(v)
    ev = np.exp(v)
    return ev / ev.sum()


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # apply the 1-D version on every slice along the last axis
    return np.apply_along_axis(_softmax_1d, -1, z)
