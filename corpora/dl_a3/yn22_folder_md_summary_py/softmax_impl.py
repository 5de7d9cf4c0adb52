import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - np.max(z))      # shift by the max -> largest exponent is 0
    return e / np.sum(e)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
