# q6 - stable softmax
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)       # max trick so exp doesnt overflow
    e = np.exp(z)
    return e / np.sum(e)

print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
