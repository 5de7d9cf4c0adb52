import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis.

    Subtracting the largest logit before exp() keeps every exponent <= 0,
    so nothing overflows.
    """
    z = np.array(z, dtype=float)
    shifted = z - np.max(z)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)
