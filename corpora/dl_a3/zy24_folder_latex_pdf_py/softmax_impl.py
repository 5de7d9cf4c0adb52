"""Assignment 3 - Q6. Author: Daniel Kowalski."""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis using the log-sum-exp trick.

    log softmax(z)_k = z_k - m - log sum_j exp(z_j - m),  m = max_j z_j
    """
    z = np.asarray(z, dtype=np.float64)
    m = z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return np.exp(z - lse)
