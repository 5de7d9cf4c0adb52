# Oluwaseun Adeyemi  U19/ENG/2241
# Assignment 3 - Question 6
import numpy as np


def _softmax_1d(v):
    m = max(v)                 # largest logit in this vector
    e = np.exp(v - m)
    return e / e.sum()


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        return _softmax_1d(z)
    # more than one dimension: apply to every sub-array recursively
    out = np.empty_like(z)
    for i in range(z.shape[0]):
        out[i] = stable_softmax(z[i])
    return out


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0], [-1000.0, -1000.0]])))
