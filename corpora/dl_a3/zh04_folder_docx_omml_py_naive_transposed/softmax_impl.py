import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)

# test
print(stable_softmax([1, 2, 3]))
