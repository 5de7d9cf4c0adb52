import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)

print(stable_softmax([1, 2, 3]))
