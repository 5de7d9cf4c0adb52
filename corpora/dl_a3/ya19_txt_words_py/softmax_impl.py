import numpy as np

def stable_softmax(z):
    # softmax along last axis
    return np.exp(z) / np.exp(z).sum(-1, keepdims=True)

print(stable_softmax(np.array([1, 2, 3])))
