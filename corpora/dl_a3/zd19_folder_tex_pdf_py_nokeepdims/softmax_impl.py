import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)   # stability
    e = np.exp(z)
    return e / np.sum(e, axis=-1)

print(stable_softmax([1, 2, 3]))
