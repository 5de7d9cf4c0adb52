import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # shift by the largest logit of every last-axis slice
    z = z - np.max(z, axis=-1, keepdims=True)
    num = np.exp(z)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den
