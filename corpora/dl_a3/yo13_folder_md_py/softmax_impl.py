import numpy as np


def stable_softmax(z):
    # stable version: subtract max first (log-sum-exp trick)
    z = np.array(z, dtype=float)
    shifted = z - np.max(z, axis=-1)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=-1)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax([-5, 0, 5, 10]))
