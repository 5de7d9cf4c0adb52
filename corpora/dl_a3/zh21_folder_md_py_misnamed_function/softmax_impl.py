import numpy as np

def softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

print(softmax([1, 2, 3]))
print(softmax([1000, 1001]))
