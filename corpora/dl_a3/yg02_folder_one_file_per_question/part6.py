import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)   # shift so biggest logit is 0
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)
