import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)   # max of every row (last axis)
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)
