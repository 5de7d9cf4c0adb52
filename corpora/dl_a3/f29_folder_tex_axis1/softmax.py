import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract row max (axis=1 = the class axis)
    z = z - np.max(z, axis=1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    x = np.array([[1000, 1001, 1002], [-1000, -1000, -1000]])
    print(stable_softmax(x))
