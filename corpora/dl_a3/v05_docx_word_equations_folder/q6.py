import numpy as np


def stable_softmax(z):
    """Q6 - Fatima Zahra"""
    z = np.asarray(z, dtype=float)
    zz = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(zz)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
