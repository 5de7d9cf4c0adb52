import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    maxes = np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z - maxes)
    sums = np.sum(exps, axis=-1, keepdims=True)
    return exps / sums


if __name__ == "__main__":
    print(stable_softmax(np.array([[1, 2, 3], [1000, 1001, 1002]])))
