import numpy as np

# Q6 stable softmax
def stable_softmax(z):
    # subtract max so exp does not overflow
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    s = np.sum(e, axis=-1, keepdim=True)
    return e / s
