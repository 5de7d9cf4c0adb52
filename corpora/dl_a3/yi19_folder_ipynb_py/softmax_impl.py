import numpy as np


def stable_softmax(z):
    """softmax over last axis, shifted by the max for stability"""
    z = np.asarray(z, dtype=np.float64)
    z = z - np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
