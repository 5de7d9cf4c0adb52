import numpy as np


def _softmax_1d(v):
    v = v - v.max()
    e = np.exp(v)
    return e / e.sum()


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        return _softmax_1d(z)
    # batch of logit vectors: do each row separately
    out = np.empty_like(z)
    for i in range(z.shape[0]):
        out[i] = _softmax_1d(z[i])
    return out


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
