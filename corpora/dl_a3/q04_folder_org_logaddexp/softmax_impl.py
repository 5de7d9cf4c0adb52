import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # log-sum-exp along last axis, numerically safe
    lse = np.logaddexp.reduce(z, axis=-1, keepdims=True)
    return np.exp(z - lse)
