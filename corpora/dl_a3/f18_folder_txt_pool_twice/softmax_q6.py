"""Q6 - numerically stable softmax over the last axis."""
import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    z_max = z.max(axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    for t in ([1, 2, 3], [1000, 1001], [[1000, 1001, 1002], [-1000, -1000, -1000]]):
        print(t, "->", stable_softmax(t))
