import numpy as np

def stable_softmax(z):
    # subtract max for numerical stability (trick from lecture 5)
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)
    exps = np.exp(z)
    return exps / exps.sum(axis=-1, keepdims=True)
