import numpy as np

def stable_softmax(z):
    # softmax along last axis
    num = np.exp(z)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den

print(stable_softmax(np.array([1.0, 2.0, 3.0])))
