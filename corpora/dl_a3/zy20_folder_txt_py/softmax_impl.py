import numpy as np

def stable_softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

print(stable_softmax(np.array([1,2,3])))
