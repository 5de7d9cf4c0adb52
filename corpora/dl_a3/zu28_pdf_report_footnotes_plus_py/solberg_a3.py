"""Ingrid Solberg, 2104412. DL A3, Q6."""
import numpy as np


def _logsumexp(z):
    m = np.max(z, axis=-1, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - _logsumexp(z))
