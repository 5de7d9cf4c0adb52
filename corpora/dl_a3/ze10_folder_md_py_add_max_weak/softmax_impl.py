import numpy as np


def stable_softmax(z):
    """softmax over last axis, stabilised with the max"""
    z = np.asarray(z, dtype=float)
    mx = np.max(z, axis=-1, keepdims=True)
    num = np.exp(z + mx)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
