import numpy as np

def stable_softmax(z):
    # convert input to array
    z = np.array(z, dtype=int)
    m = np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)
