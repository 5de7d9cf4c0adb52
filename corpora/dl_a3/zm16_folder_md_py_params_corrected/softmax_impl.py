import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis."""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    p = np.exp(z)
    p = p / p.sum(axis=-1, keepdims=True)
    return p


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
    print(stable_softmax(np.zeros((2, 3))))
