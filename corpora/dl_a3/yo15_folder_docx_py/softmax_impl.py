import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)   # for stability
    e = np.exp(z)
    probs = e / e.sum(axis=-1, keepdims=True)
    print(probs)

stable_softmax(np.array([1, 2, 3]))
stable_softmax(np.array([1000, 1001]))
