import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_shift = z - np.max(z, axis=0, keepdims=True)
    num = np.exp(z_shift)
    return num / np.sum(num, axis=0, keepdims=True)


# test
print(stable_softmax(np.array([1.0, 2.0, 3.0])))
print(stable_softmax(np.array([1000.0, 1001.0])))
