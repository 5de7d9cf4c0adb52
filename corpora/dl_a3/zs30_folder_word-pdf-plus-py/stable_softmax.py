"""Grace Thompson (1006423188) - DL Assignment 3, question 6"""
import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    # shift every row (last axis) by its own max -> exponents are <= 0
    z_max = z.max(axis=-1, keepdims=True)
    unnormalized = np.exp(z - z_max)
    return unnormalized / unnormalized.sum(axis=-1, keepdims=True)
