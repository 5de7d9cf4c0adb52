import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    # shift by the max so that exp never overflows
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=-1, keepdims=True)
