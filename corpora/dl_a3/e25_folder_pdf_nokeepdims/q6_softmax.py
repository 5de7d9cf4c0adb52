import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1)
    e = np.exp(z)
    return e / e.sum(axis=-1)

print(stable_softmax([1000, 1001]))
