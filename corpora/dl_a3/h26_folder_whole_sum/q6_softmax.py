import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e)

print(stable_softmax(np.array([1000.0, 1001.0])))
