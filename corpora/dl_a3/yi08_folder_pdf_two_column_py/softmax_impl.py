"""
softmax_impl.py
Q6 of DL assignment 3 -- stable softmax via log-sum-exp.
"""
import numpy as np


def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - logsumexp(z, axis=-1))


def _check():
    a = stable_softmax(np.array([1.0, 2.0, 3.0]))
    assert np.allclose(a, [0.09003057, 0.24472847, 0.66524096])
    b = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(b))
    c = stable_softmax(np.random.randn(2, 3, 4))
    assert c.shape == (2, 3, 4) and np.allclose(c.sum(-1), 1.0)
    print("all checks passed")


if __name__ == "__main__":
    _check()
