# Q6 - Priya R.
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    m = np.max(z)              # largest logit, so exp never overflows
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)
