"""
DL A3, Q6
stable_softmax: softmax along last axis, works for any shape.
I flatten everything except the last axis into rows, do each row, then reshape back.
"""
import numpy as np


def _softmax_1d(v):
    v = v - v.max()          # per row shift -> largest exponent is exp(0) = 1
    e = np.exp(v)
    return e / e.sum()


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 0:
        return np.ones_like(z)
    rows = z.reshape(-1, z.shape[-1])
    out = np.empty_like(rows)
    for i in range(rows.shape[0]):
        out[i] = _softmax_1d(rows[i])
    return out.reshape(z.shape)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
