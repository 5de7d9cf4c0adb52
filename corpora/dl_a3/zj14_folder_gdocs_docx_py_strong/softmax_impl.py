import numpy as np


def stable_softmax(z):
    """Softmax over the last axis, stable for large |z|."""
    x = np.array(z, dtype=np.float64, copy=True)
    x -= x.max(axis=-1, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(axis=-1, keepdims=True)
    return x


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [[1, 2], [3, 4]]):
        print(test, "->", stable_softmax(test))
