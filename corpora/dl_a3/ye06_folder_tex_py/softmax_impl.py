# Matteo Ferraris - s2241196 - DL A3 Problem 6
import numpy as np


def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z - logsumexp(z, axis=-1))


if __name__ == "__main__":
    tests = [np.array([1., 2., 3.]), np.array([1000., 1001.]), np.random.randn(2, 3, 4)]
    for t in tests:
        s = stable_softmax(t)
        print(s.shape, s.sum(axis=-1))
