import numpy as np

def stable_softmax(z):
    arr = np.asarray(z, dtype=np.float64)
    arr_max = np.max(arr, axis=-1, keepdims=True)
    exps = np.exp(arr - arr_max)
    sums = np.sum(exps, axis=-1, keepdims=True)
    return exps / sums
