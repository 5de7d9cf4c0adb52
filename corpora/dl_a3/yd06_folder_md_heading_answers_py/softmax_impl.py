"""
Assignment 3, question 6 -- stable softmax
author: R. Okafor
"""
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # shift so that the largest logit in every slice is 0  -> exp <= 1, no overflow
    shifted = z - z.max(axis=-1, keepdims=True)
    num = np.exp(shifted)
    den = num.sum(axis=-1, keepdims=True)
    return num / den


def _demo():
    for test in ([1, 2, 3], [1000, 1001], np.random.randn(2, 3, 4)):
        out = stable_softmax(np.array(test, dtype=float))
        print(out.shape, out.sum(axis=-1))


if __name__ == "__main__":
    _demo()
