import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)
