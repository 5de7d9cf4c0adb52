import math
import numpy as np


def _softmax_1d(row):
    m = max(row)
    exps = [math.exp(v - m) for v in row]
    s = sum(exps)
    return [e / s for e in exps]


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        return np.array(_softmax_1d(list(z)))
    # batch of vectors: one softmax per row
    out = np.zeros_like(z)
    for i in range(z.shape[0]):
        out[i] = _softmax_1d(list(z[i]))
    return out


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
