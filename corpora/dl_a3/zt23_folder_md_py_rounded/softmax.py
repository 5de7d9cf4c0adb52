import numpy as np


def stable_softmax(z):
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    p = e / np.sum(e, axis=-1, keepdims=True)
    return np.round(p, 4)


print(stable_softmax(np.array([1.0, 2.0, 3.0])))
