# Samuel Adeyemi - Q6
import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    exps = np.exp(z)
    total = np.sum(exps, axis=-1, keepdims=True)
    return exps / total


print(stable_softmax([1, 2, 3]))
