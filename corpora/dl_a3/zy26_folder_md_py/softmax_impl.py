import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=0)       # max trick so exp doesn't overflow
    e = np.exp(z)
    return e / np.sum(e, axis=0)


if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))
