import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # exponentiate then normalise over the last axis
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)

print(stable_softmax([1, 2, 3]))
