import numpy as np


def softmax_stable(z):
    """Numerically stable softmax over the last axis."""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(softmax_stable([1, 2, 3]))
    print(softmax_stable([1000, 1001]))
