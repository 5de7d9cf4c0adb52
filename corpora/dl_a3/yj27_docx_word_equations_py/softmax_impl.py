import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    exps = np.exp(z - np.max(z))
    return exps / np.sum(exps)


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
