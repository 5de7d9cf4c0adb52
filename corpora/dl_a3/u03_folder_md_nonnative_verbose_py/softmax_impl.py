import math
import numpy as np


def _softmax_1d(row):
    m = max(row)
    exps = [math.exp(v - m) for v in row]
    s = sum(exps)
    return [v / s for v in exps]


def stable_softmax(z):
    arr = np.asarray(z, dtype=float)
    if arr.ndim == 1:
        return np.array(_softmax_1d(list(arr)))
    # go down until we reach 1-D slices
    return np.stack([stable_softmax(sub) for sub in arr])
