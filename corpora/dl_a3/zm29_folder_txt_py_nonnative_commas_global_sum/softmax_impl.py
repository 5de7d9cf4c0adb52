import numpy as np

# Exercise 6 - softmax stable
def stable_softmax(z):
    z = np.array(z, dtype=float)
    z = z - np.max(z)     # we subtract the maximum for not overflow
    e = np.exp(z)
    return e / np.sum(e)


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
