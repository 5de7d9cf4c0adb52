import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract max along last axis -> largest exponent is e^0 = 1
    z_stable = z - np.max(z, axis=-1, keepdims=True)
    num = np.exp(z_stable)
    return num / np.sum(num, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([[1, 2, 3], [1000, 1001, 1002]]))
