import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shift = z - z.max(axis=-1, keepdims=True)
    out = np.exp(shift)
    out /= out.sum(axis=-1, keepdims=True)
    return out
