import numpy as np

# Yuki Tanabe 6621094  HW3 Q6


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)   # shift for stability
    ez = np.exp(z)
    return ez / ez.sum(axis=0)


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
