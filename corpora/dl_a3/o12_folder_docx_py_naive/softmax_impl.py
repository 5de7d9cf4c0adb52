import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    x = np.array([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]])
    print(stable_softmax(x))
    print(stable_softmax(x).sum(axis=-1))
