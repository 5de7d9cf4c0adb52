import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    zmax = np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z - zmax)
    return ez / np.sum(ez, axis=-1, keepdims=True)

if __name__ == "__main__":
    import sys
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))
    print(stable_softmax(np.random.rand(4, 5)).sum(axis=1))
