import numpy as np


def stable_softmax(z):
    """Z. Hussain. Softmax over the last axis with the max-shift trick."""
    z = np.array(z, dtype=np.float64)
    zmax = np.max(z, axis=-1, keepdims=True)
    expz = np.exp(z - zmax)
    total = np.sum(expz, axis=-1, keepdims=True)
    return expz / total


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]).round(4))
    print(stable_softmax([1000, 1001]).round(4))
    print(stable_softmax(np.zeros((2, 3, 4))).sum(-1))
