import numpy as np


def _softmax_1d(v):
    m = max(v)
    exps = [np.exp(x - m) for x in v]
    s = sum(exps)
    return [e / s for e in exps]


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    flat = z.reshape(-1, z.shape[-1])
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        out[i] = _softmax_1d(flat[i])
    return out.reshape(z.shape)
