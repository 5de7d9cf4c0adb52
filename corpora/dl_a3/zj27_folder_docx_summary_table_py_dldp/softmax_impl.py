# Arjun Nair - Assignment 3, Question 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=-1, keepdims=True)


def _check():
    a = stable_softmax([1.0, 2.0, 3.0])
    b = stable_softmax([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])
    print(a, a.sum())
    print(b, b.sum(axis=-1))


if __name__ == "__main__":
    _check()
