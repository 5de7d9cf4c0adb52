import numpy as np


def stable_softmax(z):
    """Softmax along the last axis.

    works for any shape; the max is removed per slice so exp() stays <= 1.
    """
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1)[..., np.newaxis]
    num = np.exp(z - z_max)
    den = num.sum(axis=-1)[..., np.newaxis]
    return num / den
