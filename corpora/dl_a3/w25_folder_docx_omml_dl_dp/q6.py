# Q6 - Olumide Adeyemi
import numpy as np


def stable_softmax(z):
    arr = np.array(z, dtype=float, copy=True)
    arr -= arr.max(axis=-1, keepdims=True)
    np.exp(arr, out=arr)
    arr /= arr.sum(axis=-1, keepdims=True)
    return arr
