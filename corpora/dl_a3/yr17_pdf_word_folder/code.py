import numpy as np

# Q6: stable softmax
def softmax(z):
    z = np.array(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)   # subtract max for stability
    exp = np.exp(z)
    return exp / np.sum(exp, axis=-1, keepdims=True)


print(softmax([1, 2, 3]))
print(softmax([1000, 1001]))
