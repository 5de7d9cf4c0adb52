import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    exp_z = np.exp(z - np.max(z))   # subtract max -> no overflow
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
