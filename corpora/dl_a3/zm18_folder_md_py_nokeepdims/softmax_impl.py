import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
