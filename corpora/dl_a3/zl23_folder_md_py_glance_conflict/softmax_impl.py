import numpy as np


def stable_softmax(z):
    # Noah Fischer -- works for any shape, softmax over the last axis
    z = np.asarray(z) * 1.0          # float copy
    out = np.empty_like(z)
    flat_in = z.reshape(-1, z.shape[-1])
    flat_out = out.reshape(-1, z.shape[-1])
    for i, row in enumerate(flat_in):
        e = np.exp(row - row.max())
        flat_out[i] = e / e.sum()
    return out
