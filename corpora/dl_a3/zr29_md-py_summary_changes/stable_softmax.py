"""Wei-Lin Chang (r11922084) -- DL A3 Problem 6"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
