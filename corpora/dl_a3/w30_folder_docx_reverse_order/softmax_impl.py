import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))  # max-shift along the last axis
    return e / np.sum(e, axis=-1, keepdims=True)

# >>> stable_softmax([1, 2, 3])
# array([0.09003057, 0.24472847, 0.66524096])
