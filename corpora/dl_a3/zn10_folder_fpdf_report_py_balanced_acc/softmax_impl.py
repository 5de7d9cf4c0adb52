import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    z = z - np.max(z)          # shift for stability
    e = np.exp(z)
    return e / np.sum(e)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
