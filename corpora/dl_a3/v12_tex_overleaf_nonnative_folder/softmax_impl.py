import numpy as np

def stable_softmax(z):
    x = np.asarray(z, dtype=float)
    x = x - x.max(axis=0)
    y = np.exp(x)
    return y / y.sum(axis=0)
