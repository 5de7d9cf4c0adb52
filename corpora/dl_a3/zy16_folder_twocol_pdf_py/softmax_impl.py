# Assignment 3, Question 6
# Amara Nwosu
import numpy as np


def stable_softmax(z):
    """Numerically stable softmax along the last axis of an array of any shape."""
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)   # largest logit becomes 0 -> exp <= 1
    num = np.exp(z)
    den = num.sum(axis=-1, keepdims=True)   # >= 1, never 0
    return num / den


if __name__ == "__main__":
    for test in (np.array([1.0, 2.0, 3.0]),
                 np.array([1000.0, 1001.0]),
                 np.random.randn(2, 3, 4)):
        out = stable_softmax(test)
        print(out.shape, out.sum(axis=-1))
