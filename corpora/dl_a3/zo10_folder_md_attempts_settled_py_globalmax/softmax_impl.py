import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    c = np.max(z)                 # shift by the max so exp() can't blow up
    e = np.exp(z - c)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))   # no overflow :)
