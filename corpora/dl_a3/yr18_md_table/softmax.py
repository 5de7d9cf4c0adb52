import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=0)       # shift so the largest value is 0
    ez = np.exp(z)
    return ez / ez.sum(axis=0)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
