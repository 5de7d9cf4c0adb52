import numpy as np

def stable_softmax(z):
    a = np.array(z, dtype=float)
    m = a.max(axis=-1, keepdims=True)   # biggest logit in every slice
    ex = np.exp(a - m)
    s = ex.sum(axis=-1, keepdims=True)
    return ex / s
