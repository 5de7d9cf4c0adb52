import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    flat = z.reshape(-1, shape[-1])          # every row = one softmax
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        r = np.exp(row - row.max())
        out[i] = r / r.sum()
    return out.reshape(shape)
