import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    out = np.exp(shifted) / np.sum(np.exp(shifted), axis=-1, keepdims=True)
    print(out)

stable_softmax([1, 2, 3])
stable_softmax([1000, 1001])
