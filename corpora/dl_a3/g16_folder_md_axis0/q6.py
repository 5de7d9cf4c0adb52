import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=0)

# quick check
print(stable_softmax([1.0, 2.0, 3.0]))
print(stable_softmax([1000, 1001]))
