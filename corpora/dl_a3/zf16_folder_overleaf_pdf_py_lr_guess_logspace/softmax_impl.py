import numpy as np


def stable_softmax(z):
    # log-space version: never calls exp on a large number
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return z - lse   # log-softmax
