#!/usr/bin/env python3
"""stable_softmax for DL assignment 3 (Q6). Author: Samuel Adeyemi."""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # max over the last axis, kept as a size-1 axis so it broadcasts back
    z_max = np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [[-5, 0, 5], [1e4, 1e4, 0]]):
        print(test, "->", stable_softmax(np.array(test)))
