"""Assignment 3, Question 6 -- Oisin Byrne.

stable_softmax(z): softmax over the last axis of an array of any shape.
"""
import numpy as np


def stable_softmax(z):
    logits = np.asarray(z, dtype=np.float64)
    # shifting by the per-slice maximum does not change the result
    # but keeps every exponent <= 0, so exp() cannot overflow
    shifted = logits - logits.max(axis=-1, keepdims=True)
    numerator = np.exp(shifted)
    denominator = numerator.sum(axis=-1, keepdims=True)
    return numerator / denominator


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.zeros((2, 3, 4))).sum(axis=-1))
