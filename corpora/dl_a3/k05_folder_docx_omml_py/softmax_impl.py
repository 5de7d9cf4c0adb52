# Assignment 3, Q6 -- Kwame Mensah-Bonsu
import numpy as np


def _logsumexp(a):
    """log(sum(exp(a))) along the last axis, keeping that axis (size 1)."""
    m = np.max(a, axis=-1, keepdims=True)
    return m + np.log(np.sum(np.exp(a - m), axis=-1, keepdims=True))


def stable_softmax(z):
    a = np.asarray(z, dtype=np.float64)
    return np.exp(a - _logsumexp(a))
