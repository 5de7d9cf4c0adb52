# DL Assignment 3 - Question 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    max_z = np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - max_z)
    sum_exp = np.sum(exp_z, axis=-1, keepdims=True)
    return exp_z / sum_exp


if __name__ == "__main__":
    z = np.array([[2.0, 1.0, 0.1], [1000.0, 1000.0, 999.0]])
    print(stable_softmax(z))
