import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=np.float64)      # copy, so the caller's array is untouched
    z -= z.max(axis=-1, keepdims=True)      # in place shift
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
