import numpy as np


def stable_softmax(z):
    """Numerically stable softmax along the last axis.

    Works for any shape: the max is taken per last-axis slice (keepdims so
    it broadcasts back), exp of non-positive numbers cannot overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    shifted = z - z.max(axis=-1, keepdims=True)
    num = np.exp(shifted)
    return num / num.sum(axis=-1, keepdims=True)
