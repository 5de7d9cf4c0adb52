import numpy as np


def stable_softmax(z):
    """
    z : array_like, logits. Softmax is taken over the last axis.
    returns array of the same shape whose last-axis slices sum to 1.
    """
    arr = np.array(z, dtype=float, copy=True)
    arr -= arr.max(axis=-1, keepdims=True)
    np.exp(arr, out=arr)
    arr /= arr.sum(axis=-1, keepdims=True)
    return arr
