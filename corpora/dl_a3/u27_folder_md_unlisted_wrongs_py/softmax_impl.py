import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    flat = z.reshape(-1, shape[-1])          # every row is one last-axis slice
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        r = row - row.max()
        e = np.exp(r)
        out[i] = e / e.sum()
    return out.reshape(shape)
