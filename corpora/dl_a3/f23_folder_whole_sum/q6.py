import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)          # shift for stability
    e = np.exp(z)
    return e / np.sum(e)

print(stable_softmax([1000, 1001]))
