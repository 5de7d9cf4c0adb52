import numpy as np


def stable_softmax(z):
    """numerically stable softmax: subtract the max first so exp doesn't overflow"""
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=0, keepdims=True)
    exps = np.exp(z - z_max)
    return exps / np.sum(exps, axis=0, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))
