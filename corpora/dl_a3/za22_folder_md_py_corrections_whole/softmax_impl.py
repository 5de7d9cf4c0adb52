import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max()          # shift for stability
    e = np.exp(z)
    return e / e.sum()
