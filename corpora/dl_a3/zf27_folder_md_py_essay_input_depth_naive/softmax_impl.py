import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)
