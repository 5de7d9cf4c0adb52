import numpy as np

def stable_softmax(z, axis=0):
    # subtract max so exp never overflows
    z = np.array(z, dtype=float)
    m = np.max(z, axis=axis, keepdims=True)
    ez = np.exp(z - m)
    return ez / ez.sum(axis=axis, keepdims=True)
