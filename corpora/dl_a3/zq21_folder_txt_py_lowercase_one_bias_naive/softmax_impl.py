import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z) / np.sum(np.exp(z), axis=-1, keepdims=True)

print(stable_softmax([1,2,3]))
