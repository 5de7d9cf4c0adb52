import numpy as np

def stable_softmax(z):
    arr = np.array(z, dtype=float)
    arr = arr - np.amax(arr, axis=-1, keepdims=True)
    num = np.exp(arr)
    den = num.sum(axis=-1, keepdims=True)
    return num / den
