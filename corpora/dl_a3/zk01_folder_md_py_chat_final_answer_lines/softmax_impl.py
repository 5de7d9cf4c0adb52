"""DL Assignment 3, Question 6 -- numerically stable softmax.

Priyanka Sharma, 22B1043
"""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of z.

    Subtracting the row-wise maximum does not change the result
    (it cancels in the ratio) but keeps exp() from overflowing.
    """
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
