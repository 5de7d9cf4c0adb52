import numpy as np

def stable_softmax(z):
    arr = np.array(z, dtype=np.float64)
    shape = arr.shape
    flat = arr.reshape(-1, shape[-1])          # every row = one slice along the last axis
    flat = flat - flat.max(axis=1)[:, None]
    ex = np.exp(flat)
    out = ex / ex.sum(axis=1)[:, None]
    return out.reshape(shape)
