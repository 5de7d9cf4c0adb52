# Santiago Gomez Ruiz - 201914562 - DL A3 ex. 6
import numpy as np


def _softmax_vector(v):
    v = v - np.max(v)
    e = np.exp(v)
    return e / np.sum(e)


def stable_softmax(z):
    """softmax along the last axis, one 1-D slice at a time"""
    z = np.asarray(z, dtype=np.float64)
    return np.apply_along_axis(_softmax_vector, -1, z)
