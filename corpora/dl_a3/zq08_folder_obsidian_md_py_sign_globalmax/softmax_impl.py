import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # shift by the max so exp never sees a huge number
    z = z - np.max(z)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
