import numpy as np

def stable_softmax(z):
    """softmax, stable version (subtract max first)"""
    z = np.array(z, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum()

if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
