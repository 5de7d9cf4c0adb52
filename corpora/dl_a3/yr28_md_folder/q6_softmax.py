import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


# tests
print(stable_softmax(np.array([1.0, 2.0, 3.0])))
print(stable_softmax(np.array([1000.0, 1001.0])))
print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
