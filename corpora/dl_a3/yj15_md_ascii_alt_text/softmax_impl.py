import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # log-space: log softmax = z - max - log(sum(exp(z - max)))
    m = z.max(axis=-1, keepdims=True)
    log_p = z - m - np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return np.exp(log_p)
