import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=0, keepdims=True)      # max for stability
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))
    print(stable_softmax(np.ones((2, 3, 4))).sum(axis=-1))
