"""Deep Learning - Assignment 3, Q6.

stable_softmax(z): softmax over the last axis using the log-sum-exp trick.
"""
import numpy as np


def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - logsumexp(z, axis=-1))


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    X = rng.normal(size=(2, 3, 4))
    assert np.allclose(stable_softmax(X).sum(-1), 1.0)
    print("ok")
