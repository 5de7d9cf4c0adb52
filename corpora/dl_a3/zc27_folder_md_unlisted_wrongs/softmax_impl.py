import numpy as np


def softmax(z):
    """numerically stable softmax over the last axis"""
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


print(softmax([1, 2, 3]))
