"""Q6: numerically stable softmax over the last axis."""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = z.max(axis=-1, keepdims=True)
    exp = np.exp(z - z_max)
    return exp / exp.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    for test in ([1.0, 2.0, 3.0], [1000.0, 1001.0]):
        print(test, "->", stable_softmax(test))
