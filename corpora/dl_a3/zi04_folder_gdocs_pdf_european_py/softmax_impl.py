# Giulia Rossi - Assignment 3, exercise 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # shift by the maximum for numerical stability
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1, 2, 3], [3, 2, 1]]))
