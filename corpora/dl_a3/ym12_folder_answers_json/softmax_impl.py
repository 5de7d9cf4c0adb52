import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    flat_in = z.reshape(-1, z.shape[-1])
    flat_out = out.reshape(-1, z.shape[-1])
    for i, row in enumerate(flat_in):
        r = np.exp(row - row.max())
        flat_out[i] = r / r.sum()
    return out
