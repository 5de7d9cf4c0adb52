import numpy as np


def stable_softmax(z):
    """numerically stable softmax (subtract the max first)"""
    z = np.array(z, dtype=np.float64)
    m = np.max(z, axis=-1)
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))   # no overflow :)
