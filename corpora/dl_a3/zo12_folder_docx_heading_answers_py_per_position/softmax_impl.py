import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_shift = z - z.max(axis=-1)[..., np.newaxis]
    num = np.exp(z_shift)
    return num / num.sum(axis=-1)[..., np.newaxis]
