import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)

print(stable_softmax(np.array([1.0, 2.0, 3.0])))
