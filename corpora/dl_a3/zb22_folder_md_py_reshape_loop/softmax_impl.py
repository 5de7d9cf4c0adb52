import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    flat = z.reshape(-1, shape[-1])          # every row is one slice along last axis
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        row = flat[i]
        e = np.exp(row - row.max())
        out[i] = e / e.sum()
    return out.reshape(shape)
