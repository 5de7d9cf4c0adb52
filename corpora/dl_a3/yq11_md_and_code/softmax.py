import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract max so exp does not overflow
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
