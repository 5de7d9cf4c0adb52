import numpy as np

def stable_softmax(z):
    # works for any shape, softmax along the last axis
    z = np.array(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)
