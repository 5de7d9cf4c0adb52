# Sofia Hernandez Ruiz - A01734552 - DL A3 Q6
import numpy as np


def _softmax_1d(v):
    m = max(v)
    e = [np.exp(vi - m) for vi in v]
    s = sum(e)
    return [ei / s for ei in e]


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    rows = z.reshape(-1, shape[-1])      # every last-axis slice becomes one row
    out = np.empty_like(rows)
    for i in range(rows.shape[0]):
        out[i] = _softmax_1d(rows[i])
    return out.reshape(shape)
