import numpy as np

def stable_softmax(z):
    # A. Mehta -- subtract per-row max before exponentiating
    x = np.array(z, dtype=np.float64, copy=True)
    x -= np.amax(x, axis=-1, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(axis=-1, keepdims=True)
    return x
