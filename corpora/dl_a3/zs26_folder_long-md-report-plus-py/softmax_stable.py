"""
Assignment 3, Question 6 -- numerically stable softmax.
Chloé Dubois, 22-817-430
"""
import numpy as np


def stable_softmax(z):
    """
    Softmax along the last axis of ``z``.

    The max of each last-axis slice is subtracted first; this does not change
    the result but keeps every exponent <= 0, so np.exp cannot overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    shifted = z - z.max(axis=-1, keepdims=True)
    exp_shifted = np.exp(shifted)
    return exp_shifted / exp_shifted.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    tests = [
        np.array([1.0, 2.0, 3.0]),
        np.array([1000.0, 1001.0]),
        np.random.default_rng(1).normal(size=(2, 3, 4)),
    ]
    for t in tests:
        out = stable_softmax(t)
        print(out.shape, np.allclose(out.sum(axis=-1), 1.0))
