import numpy as np

def stable_softmax(z):
    # subtract the smallest value so everything is >= 0 and the
    # numbers stay small
    z = np.asarray(z, dtype=float)
    z = z - z.min(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

print(stable_softmax(np.array([1000.0, 1001.0])))
