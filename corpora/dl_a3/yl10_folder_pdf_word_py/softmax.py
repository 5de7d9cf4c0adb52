import numpy as np

def stable_softmax(z):
    z = z - np.max(z)   # shift so the biggest value is 0 -> no overflow
    e = np.exp(z)
    return e / np.sum(e)

print(stable_softmax(np.array([1000, 1001])))
