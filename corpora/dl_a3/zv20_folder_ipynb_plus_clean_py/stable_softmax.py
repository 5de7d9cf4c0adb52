"""
stable_softmax.py  --  DL Assignment 3, Question 6
Daniel Kim
"""
import numpy as np


def stable_softmax(z):
    """Return softmax(z) along the last axis.

    The maximum of every last-axis slice is subtracted first; this does not
    change the result (softmax is shift invariant) but keeps exp() <= 1,
    so large logits such as [1000, 1001] do not overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exp_shifted = np.exp(shifted)
    return exp_shifted / np.sum(exp_shifted, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
