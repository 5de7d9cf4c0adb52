import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shift = z - np.max(z, axis=-1, keepdims=True)
    ex = np.exp(shift)
    total = np.sum(ex, axis=-1, keepdims=True)
    return ex / total
