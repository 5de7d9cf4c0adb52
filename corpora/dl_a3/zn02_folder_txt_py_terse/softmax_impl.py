import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    e = np.exp(z - z.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)
