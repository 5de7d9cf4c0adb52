"""DL Assignment 3, Problem 6 -- Ingrid Solberg

stable_softmax via log-sum-exp trick.
"""
import numpy as np


def _logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - _logsumexp(z, axis=-1))


if __name__ == "__main__":
    np.set_printoptions(precision=7)
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))       # [0.0900306 0.2447285 0.665241 ]
    print(stable_softmax(np.array([1000.0, 1001.0])))      # finite
