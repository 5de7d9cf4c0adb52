import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / e.sum()

print(stable_softmax(np.array([1000., 1001.])))
