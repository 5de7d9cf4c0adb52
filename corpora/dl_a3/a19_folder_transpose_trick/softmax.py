import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract row max (transpose so broadcasting lines up)
    z = (z.T - z.max(axis=-1)).T
    e = np.exp(z)
    return (e.T / e.sum(axis=-1)).T
