import numpy as np


def stable_softmax(z):
    arr = np.asarray(z, dtype=np.float64)
    shape = arr.shape
    flat = arr.reshape(-1, shape[-1])
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        row = flat[i]
        row = row - row.max()
        ex = np.exp(row)
        out[i] = ex / ex.sum()
    return out.reshape(shape)
