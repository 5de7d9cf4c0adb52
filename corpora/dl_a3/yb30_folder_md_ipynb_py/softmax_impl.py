import numpy as np

def stable_softmax(z):
    return np.exp(z) / np.sum(np.exp(z))

print(stable_softmax(np.array([1.0, 2.0, 3.0])))
