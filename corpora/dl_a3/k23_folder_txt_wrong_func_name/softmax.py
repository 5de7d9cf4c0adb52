import numpy as np


def softmax(z):
    """Numerically stable softmax along the last axis."""
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(softmax([1, 2, 3]))
    print(softmax([1000, 1001]))
