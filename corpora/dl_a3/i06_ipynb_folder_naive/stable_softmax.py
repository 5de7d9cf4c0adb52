import numpy as np

def stable_softmax(z):
    # softmax along last axis
    z = np.array(z, dtype=float)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

print(stable_softmax([1.0, 2.0, 3.0]))
