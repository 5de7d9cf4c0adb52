# Assignment 3 - Question 6
# Jonas Lindqvist

import numpy as np


def stable_softmax(z):
    # softmax over the last axis
    # using float64 so the numbers are more precise
    z = np.array(z, dtype=np.float64)
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    z = np.array([1.0, 2.0, 3.0])
    print(stable_softmax(z))          # [0.09003057 0.24472847 0.66524096]
    batch = np.random.randn(4, 5)
    print(stable_softmax(batch).sum(axis=-1))   # all ones
