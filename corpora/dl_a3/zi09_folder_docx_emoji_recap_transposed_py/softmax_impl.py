import numpy as np


def stable_softmax(z):
    """Return softmax(z) along the last axis without overflow."""
    z = np.asarray(z, dtype=float)
    z_max = np.amax(z, axis=-1, keepdims=True)
    numerator = np.exp(z - z_max)
    denominator = numerator.sum(axis=-1, keepdims=True)
    return numerator / denominator


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [[1, 1, 1], [0, 10, 0]]):
        print(test, "->", stable_softmax(test))
