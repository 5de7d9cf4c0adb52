import numpy as np


def stable_softmax(z):
    # works for any shape, softmax taken over the last axis
    z = np.asarray(z, dtype=np.float64)
    c = np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z - c)
    return ez / np.sum(ez, axis=-1, keepdims=True)
