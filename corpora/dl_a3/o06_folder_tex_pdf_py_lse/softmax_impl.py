"""Q6 -- numerically stable softmax via log-sum-exp."""
import numpy as np


def _logsumexp(a):
    m = np.max(a, axis=-1, keepdims=True)
    return m + np.log(np.sum(np.exp(a - m), axis=-1, keepdims=True))


def stable_softmax(z):
    a = np.asarray(z, dtype=float)
    # log p = z - logsumexp(z), then exponentiate
    return np.exp(a - _logsumexp(a))
