import math
import numpy as np


def _softmax_1d(row):
    m = max(row)
    ex = [math.exp(v - m) for v in row]
    tot = sum(ex)
    return [v / tot for v in ex]


def stable_softmax(z):
    arr = np.asarray(z, dtype=float)
    shape = arr.shape
    flat = arr.reshape(-1, shape[-1])      # every row = one slice along the last axis
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        out[i] = _softmax_1d(list(flat[i]))
    return out.reshape(shape)
