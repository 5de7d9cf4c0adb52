import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    out = np.exp(z - np.max(z, axis=-1, keepdims=True))
    out /= np.sum(out, axis=-1, keepdims=True)
    return out
