"""
Assignment 3, question 6
stable softmax, works for any number of dimensions (softmax taken over last axis)
"""
import numpy as np


def stable_softmax(z):
    x = np.asarray(z, dtype=np.float64)
    x_max = np.amax(x, axis=-1, keepdims=True)
    num = np.exp(x - x_max)
    den = num.sum(axis=-1, keepdims=True)
    probs = num / den
    return probs


def _test():
    a = stable_softmax([1.0, 2.0, 3.0])
    assert np.allclose(a, [0.09003057, 0.24472847, 0.66524096])
    b = stable_softmax(np.random.randn(2, 3, 4))
    assert np.allclose(b.sum(-1), 1)
    c = stable_softmax([1000.0, 1001.0])
    assert np.all(np.isfinite(c))
    print("all good")


if __name__ == "__main__":
    _test()
