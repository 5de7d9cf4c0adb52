import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # shift along the last axis; keepdims so it broadcasts for any shape
    shifted = z - z.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    for t in (np.array([1., 2., 3.]), np.array([1000., 1001.]), np.random.randn(2, 3, 4)):
        s = stable_softmax(t)
        print(s.shape, s.sum(axis=-1))
