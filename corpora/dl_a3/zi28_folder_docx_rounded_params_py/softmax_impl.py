import numpy as np


def stable_softmax(z):
    # numerically stable softmax: shift each row by its maximum
    z = np.asarray(z, dtype=np.float64)
    z_shifted = z - np.max(z, axis=-1, keepdims=True)
    exp_vals = np.exp(z_shifted)
    sums = np.sum(exp_vals, axis=-1, keepdims=True)
    return exp_vals / sums
