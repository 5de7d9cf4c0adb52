import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    z = z - np.max(z, axis=0)
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=0)
