import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    return np.exp(z) / np.sum(np.exp(z))
