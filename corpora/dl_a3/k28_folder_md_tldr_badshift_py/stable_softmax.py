import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    # denominator computed with the max subtracted -> no overflow in the sum
    denom = np.sum(np.exp(z - m), axis=-1, keepdims=True)
    return np.exp(z) / denom
