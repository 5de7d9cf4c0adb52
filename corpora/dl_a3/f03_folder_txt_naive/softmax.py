import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)

# test
print(stable_softmax(np.array([1.0, 2.0, 3.0])))
