import numpy as np

def stable_softmax(z):
    # subtract the max for stability (trick from lecture 7)
    z = np.asarray(z, dtype=float)
    z = z - z.max()
    num = np.exp(z)
    den = num.sum(axis=-1, keepdims=True)
    return num / den
