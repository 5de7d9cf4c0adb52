"""Deep Learning, Assignment 3, Question 6.

Hannah Lefevre
"""
import numpy as np


def stable_softmax(z):
    """Return the softmax of ``z`` along its last axis.

    The maximum along the last axis is subtracted before exponentiating so
    that np.exp never sees a large positive argument.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    numerator = np.exp(z - z_max)
    denominator = np.sum(np.exp(z), axis=-1, keepdims=True)
    return numerator / denominator
