import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1)          # max of the last axis
    e = np.exp(z - z_max)
    return e / e.sum(axis=-1, keepdims=True)

print(stable_softmax(np.array([1000.0, 1001.0])))
