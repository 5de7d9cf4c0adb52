import numpy as np


def stable_softmax(z):
    a = np.asarray(z, dtype=float)
    a = a - a.max(axis=-1)[..., np.newaxis]
    ea = np.exp(a)
    return ea / ea.sum(axis=-1)[..., np.newaxis]
