import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    # max trick for numerical stability
    m = np.max(z, axis=0, keepdims=True)
    e = np.exp(z - m)
    return e / e.sum(axis=0, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
