# -*- coding: utf-8 -*-
"""
softmax_impl.py  --  Assignment 3, Question 6

Implementation via the log-sum-exp trick:
    log softmax(z) = z - m - log(sum(exp(z - m))),  m = max(z)
"""
import numpy as np


def _logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - _logsumexp(z, axis=-1))


def _self_test():
    rng = np.random.default_rng(0)
    assert np.allclose(stable_softmax(np.array([1.0, 2.0, 3.0])),
                       np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum())
    big = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(big))
    a = rng.normal(size=(2, 3, 4))
    assert np.allclose(stable_softmax(a).sum(-1), 1.0)
    print("all good")


if __name__ == "__main__":
    _self_test()
