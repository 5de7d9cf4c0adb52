import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    z = z - z.max()               # stability: biggest value becomes 0
    e = np.exp(z)
    return e / e.sum()


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
