"""
Assignment 3 - Q6
Numerically stable softmax (last axis)
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z)
    # shift by the max of every slice along the last axis -> largest exponent is 0
    z_max = z.max(axis=-1, keepdims=True)
    num = np.exp(z - z_max)
    den = num.sum(axis=-1, keepdims=True)
    return num / den
