import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    print(e / np.sum(e, axis=-1, keepdims=True))


stable_softmax([1, 2, 3])
stable_softmax([1000, 1001])
