import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - z.max()
    e = np.exp(shifted)
    return e / e.sum()
