"""
Q6 -- stable softmax (Tomasz Wojcik, DL A3)
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # subtract the maximum so that exp never sees a big positive number
    z = z - np.max(z)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [[1, 2], [3, 5]]):
        print(test, "->", stable_softmax(test))
