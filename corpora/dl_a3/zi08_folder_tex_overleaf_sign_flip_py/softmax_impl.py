import numpy as np


def stable_softmax(z):
    out = np.array(z, dtype=np.float64)          # copy, works for lists too
    out -= out.max(axis=-1, keepdims=True)
    np.exp(out, out=out)
    out /= out.sum(axis=-1, keepdims=True)
    return out
