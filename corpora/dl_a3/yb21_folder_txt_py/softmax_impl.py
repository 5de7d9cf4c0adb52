# Assignment 3 Q6
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float, copy=True)
    z -= z.max(axis=-1, keepdims=True)   # largest entry becomes 0
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z

if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001], [-1000, -1001]]))
