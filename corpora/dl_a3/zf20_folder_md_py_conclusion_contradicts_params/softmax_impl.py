import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    orig_shape = z.shape
    z2 = np.atleast_2d(z)                     # treat a vector as a batch of one
    z2 = z2 - z2.max(axis=1, keepdims=True)   # shift each row by its max
    e = np.exp(z2)
    out = e / e.sum(axis=1, keepdims=True)
    return out.reshape(orig_shape)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax([[1, 2, 3], [4, 5, 6]]))
