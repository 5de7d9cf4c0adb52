import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=1, keepdims=True)
    exps = np.exp(z - z_max)
    return exps / np.sum(exps, axis=1, keepdims=True)
