import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=0, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=0, keepdims=True)

print(stable_softmax([1000, 1001]))   # [0.26894142 0.73105858]  ok no overflow
