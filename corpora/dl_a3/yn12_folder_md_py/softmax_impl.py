import numpy as np

def stable_softmax(z):
    """numerically stable softmax"""
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=0, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=0, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))
