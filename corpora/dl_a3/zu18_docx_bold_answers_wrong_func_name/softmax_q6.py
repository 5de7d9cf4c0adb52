import numpy as np

# Ethan Nguyen - DL A3 part F
def softmax(z):
    """numerically stable softmax along the last axis"""
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


print(softmax(np.array([1.0, 2.0, 3.0])))
