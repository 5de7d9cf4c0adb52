import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    z -= np.max(z)
    e = np.exp(z)
    return e / np.sum(e)
