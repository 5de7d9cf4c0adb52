import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - z.max(-1)[..., None])
    return e / e.sum(-1)[..., None]
