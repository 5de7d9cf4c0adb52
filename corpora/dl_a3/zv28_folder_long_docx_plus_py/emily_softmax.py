# -*- coding: utf-8 -*-
"""
DL Assignment 3 - Question 6
Emily Carter

first version (kept for reference, overflows on big inputs)
"""
import numpy as np


def stable_softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


# second version - subtract the max per row (this is the one I'm submitting)
def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
