import numpy as np

def stable_softmax(z):
    a = np.array(z, dtype=float)
    m = np.amax(a, axis=-1, keepdims=True)
    ex = np.exp(np.subtract(a, m))
    return np.divide(ex, np.sum(ex, axis=-1, keepdims=True))
