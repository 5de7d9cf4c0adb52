import numpy as np

# numerically stable softmax via log-sum-exp
# softmax(z) = exp(z - logsumexp(z)),  logsumexp(z) = m + log(sum(exp(z - m)))


def _logsumexp(z):
    m = np.max(z, axis=-1, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - _logsumexp(z))
