import numpy as np


def _softmax_1d(v):
    m = max(v)
    exps = [np.exp(vi - m) for vi in v]
    s = sum(exps)
    return np.array([e / s for e in exps])


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        return _softmax_1d(z)
    elif z.ndim == 2:
        out = np.zeros_like(z)
        for i in range(z.shape[0]):
            out[i] = _softmax_1d(z[i])
        return out
    else:
        raise ValueError("only 1-D or 2-D input supported")
