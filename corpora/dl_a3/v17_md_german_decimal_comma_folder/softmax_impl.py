import math
import numpy as np


def _softmax_1d(v):
    m = max(v)
    ex = [math.exp(t - m) for t in v]
    s = sum(ex)
    return [t / s for t in ex]


def stable_softmax(z):
    arr = np.asarray(z, dtype=float)
    if arr.ndim == 1:
        return np.array(_softmax_1d(list(arr)))
    return np.stack([stable_softmax(sub) for sub in arr])
