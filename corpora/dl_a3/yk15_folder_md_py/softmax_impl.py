import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # shift by the max of the last axis -> largest exponent is 0
    shifted = z - np.max(z, axis=-1)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=-1)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
