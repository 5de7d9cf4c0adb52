import numpy as np


def stable_softmax(z):
    # stable version: use log-sum-exp trick
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    log_sum = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - log_sum
