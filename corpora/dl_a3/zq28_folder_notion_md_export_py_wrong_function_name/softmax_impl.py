import numpy as np


def softmax(z):
    """stable softmax over the last axis"""
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(softmax([1.0, 2.0, 3.0]))
    print(softmax([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]]))
