import numpy as np


def stable_softmax(z):
    """Numerically stable softmax along the last axis.

    Trick: softmax(z) == softmax(z - c) for any constant c, so we use
    c = max(z) along the axis, then the largest exponent is exp(0) = 1.
    """
    z = np.asarray(z, dtype=float)
    z_shift = z - np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z_shift)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
