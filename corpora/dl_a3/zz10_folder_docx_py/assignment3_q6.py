import numpy as np

# Q6 stable softmax
# subtract the maximum first so exp doesn't overflow

def stable_softmax(z):
    z = z - np.max(z)
    e = np.exp(z)
    return e / np.sum(e)


# quick test
print(stable_softmax(np.array([1, 2, 3])))
print(stable_softmax(np.array([1000, 1001])))
