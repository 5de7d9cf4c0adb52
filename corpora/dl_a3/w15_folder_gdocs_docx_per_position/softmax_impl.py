import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)   # stability: shift each row by its max
    exp_z = np.exp(z)
    return exp_z / exp_z.sum()

print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
