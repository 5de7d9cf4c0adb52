import numpy as np


def stable_softmax(z):
    """Numerically stable softmax along the last axis."""
    z = np.asarray(z, dtype=float)
    row_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - row_max)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    tests = [[1, 2, 3], [1000, 1001], [[0.5, 0.1, -2.0], [3.0, 3.0, 3.0]]]
    for t in tests:
        print(t, "->", stable_softmax(t))
