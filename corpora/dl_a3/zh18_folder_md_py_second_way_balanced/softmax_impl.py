import numpy as np


def stable_softmax(z):
    """Softmax over the last axis computed through log-sum-exp.

    log softmax(z) = z - logsumexp(z), with logsumexp(z) = m + log(sum(exp(z - m)))
    and m the max of each last-axis slice.
    """
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return np.exp(z - lse)
