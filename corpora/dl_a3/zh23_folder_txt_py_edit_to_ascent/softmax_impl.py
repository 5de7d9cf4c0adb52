import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    flat = z.reshape(-1, z.shape[-1])           # every last-axis slice is a row
    flat = flat - flat.max(axis=1, keepdims=True)
    e = np.exp(flat)
    out = e / e.sum(axis=1, keepdims=True)
    return out.reshape(z.shape)
