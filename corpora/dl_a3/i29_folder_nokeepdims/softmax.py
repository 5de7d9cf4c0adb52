import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1)
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))  # [0.2689 0.7311]
