import numpy as np


def _logsumexp(a, axis=-1):
    m = np.max(a, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(a - m), axis=axis, keepdims=True))


def stable_softmax(z):
    a = np.asarray(z, dtype=np.float64)
    return np.exp(a - _logsumexp(a, axis=-1))
