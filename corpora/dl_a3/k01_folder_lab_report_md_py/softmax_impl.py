"""Q6 - numerically stable softmax (T. Wieczorek)."""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis of z (list or array of any shape)."""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    expz = np.exp(shifted)
    return expz / np.sum(expz, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.zeros((2, 3, 4))).sum(axis=-1))
