# Assignment 3, Question 6
# Priya Raman

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # shift by the max of each row (last axis) -> largest exponent is e^0
    shifted = z - z.max(axis=-1, keepdims=True)
    exp_z = np.exp(shifted)
    return exp_z / exp_z.sum(axis=-1, keepdims=True)


def _test():
    a = stable_softmax(np.array([1, 2, 3]))
    print("softmax([1,2,3]) =", a, "sum =", a.sum())
    b = stable_softmax(np.array([1000, 1001, 1002]))
    print("large logits:", b)
    c = stable_softmax(np.random.randn(3, 4, 5))
    print("shape", c.shape, "max deviation from 1:", np.abs(c.sum(-1) - 1).max())


if __name__ == "__main__":
    _test()
