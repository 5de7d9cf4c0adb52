import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # max trick: softmax(z) == softmax(z - max(z)), row by row
    shifted = z - z.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)
