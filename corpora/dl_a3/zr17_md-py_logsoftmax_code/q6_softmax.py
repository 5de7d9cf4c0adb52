# Jordan Blake 40071265
import numpy as np


def stable_softmax(z):
    # log-sum-exp trick: log softmax = z - max - log(sum(exp(z - max)))
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    return z - m - np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
