import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)          # subtract max for numerical stability
    exp_z = np.exp(z)
    return exp_z / exp_z.sum()


print(stable_softmax(np.array([1000, 1001])))
