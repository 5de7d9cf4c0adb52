# Assignment 3 - Question 6
# Sofia Almeida

import numpy as np


def stable_softmax(z):
    """
    computes the softmax of z over the last axis
    z : numpy array (any shape)
    """
    z = z.astype(np.float64)          # use float64 so it is more precise / stable
    numerator = np.exp(z)
    denominator = np.sum(numerator, axis=-1, keepdims=True)
    return numerator / denominator


if __name__ == "__main__":
    a = np.array([1, 2, 3])
    print(stable_softmax(a))              # [0.09003057 0.24472847 0.66524096]
    b = np.random.rand(4, 5)
    print(stable_softmax(b).sum(axis=1))  # all ones
