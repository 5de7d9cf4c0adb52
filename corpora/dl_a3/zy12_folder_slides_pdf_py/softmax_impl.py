"""
Q6 -- stable softmax
Group presentation member: Chen Wei
"""
import numpy as np


def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    # softmax(z) = exp(z - logsumexp(z)), computed along the last axis
    z = np.asarray(z, dtype=float)
    return np.exp(z - logsumexp(z, axis=-1))
