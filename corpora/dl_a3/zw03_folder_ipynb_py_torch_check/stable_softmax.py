"""Q6 - Lucas Ferreira (4471203)

Numerically stable softmax along the last axis.
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # reshape to 2-D (rows = all leading dims), do it row by row, then reshape back
    orig_shape = z.shape
    z2 = z.reshape(-1, orig_shape[-1])
    out = np.empty_like(z2)
    for i in range(z2.shape[0]):
        row = z2[i] - z2[i].max()
        e = np.exp(row)
        out[i] = e / e.sum()
    return out.reshape(orig_shape)
