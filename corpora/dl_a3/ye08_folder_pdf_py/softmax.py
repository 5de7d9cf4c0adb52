import numpy as np

# Q6 - stable softmax
# subtract the max so exp doesn't blow up

def stable_softmax(z):
    z = np.array(z, dtype=float)
    z = z - np.max(z)
    e = np.exp(z)
    return e / np.sum(e)


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
