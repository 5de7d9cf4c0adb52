import numpy as np


def stable_softmax(z):
    """Numerically stable softmax along the last axis.

    Works for any shape (..., K). The max along the last axis is subtracted
    first, so the largest exponent is exp(0) = 1 and nothing overflows.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z_shift)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)
