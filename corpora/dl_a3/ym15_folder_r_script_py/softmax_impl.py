# Q6 had to be python, rest of my answers are in hw3.R
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    c = np.max(z, axis=-1, keepdims=True)
    p = np.exp(z - c)
    p /= np.sum(p, axis=-1, keepdims=True)
    return p
