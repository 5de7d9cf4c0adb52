# Noah Fitzgerald 22417360
import numpy as np


# first try -- overflows for big inputs (kept for reference)
def stable_softmax(z):
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


# second version (the one to grade): subtract the max of each row first
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)
