import numpy as np


def stable_softmax(z):
    # works on any shape, softmax taken over the last axis
    z = np.asarray(z, dtype=float)
    c = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - c)
    s = np.sum(e, axis=-1, keepdims=True)
    return e / s


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
