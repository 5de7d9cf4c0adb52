import numpy as np

# Q6 stable softmax
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)   # max trick
    return np.exp(z)
