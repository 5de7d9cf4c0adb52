# Q6 -- stable softmax via log-sum-exp
# Author: see main.tex
import numpy as np


def _logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    """Return softmax(z) along the last axis.

    softmax(z) = exp(z - logsumexp(z)); the max is pulled out inside
    logsumexp so nothing overflows even for logits ~1e3 or larger.
    """
    z = np.asarray(z, dtype=float)
    return np.exp(z - _logsumexp(z, axis=-1))


if __name__ == "__main__":
    tests = [np.array([1., 2., 3.]), np.array([1000., 1001.]), np.random.randn(4, 5)]
    for t in tests:
        s = stable_softmax(t)
        print(s, s.sum(axis=-1))
