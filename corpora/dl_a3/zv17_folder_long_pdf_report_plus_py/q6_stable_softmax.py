"""Q6 -- numerically stable softmax via log-sum-exp.

Sofia Andersson, DL A3
"""
import numpy as np


def _logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - _logsumexp(z, axis=-1))


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])))
