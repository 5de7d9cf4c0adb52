import numpy as np

def stable_softmax(z):
    # stable version: subtract max first
    z = z - np.max(z, axis=0)
    e = np.exp(z)
    return e / np.sum(e, axis=0)

print(stable_softmax(np.array([1.0, 2.0, 3.0])))
