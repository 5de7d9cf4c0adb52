import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    b = np.max(z, axis=-1, keepdims=True)
    y = np.exp(z - b)
    return y / np.sum(y, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))          # [0.09 0.245 0.665]
    print(stable_softmax([1000, 1001]))       # no overflow
