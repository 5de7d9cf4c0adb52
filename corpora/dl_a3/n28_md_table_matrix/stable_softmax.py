import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    zmax = np.max(z, axis=-1)[..., None]
    ez = np.exp(z - zmax)
    return ez / np.sum(ez, axis=-1)[..., None]
