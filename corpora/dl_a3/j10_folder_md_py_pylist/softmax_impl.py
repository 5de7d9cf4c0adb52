# Q6, DL assignment 3 -- Sun-woo Park
import numpy as np


def _softmax_1d(v):
    m = max(v)
    ex = np.exp(v - m)
    return ex / ex.sum()


def stable_softmax(z):
    arr = np.asarray(z, dtype=np.float64)
    shape = arr.shape
    if arr.ndim == 0:
        return np.ones_like(arr)
    rows = arr.reshape(-1, shape[-1])
    out = np.empty_like(rows)
    for i in range(rows.shape[0]):
        out[i] = _softmax_1d(rows[i])
    return out.reshape(shape)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
