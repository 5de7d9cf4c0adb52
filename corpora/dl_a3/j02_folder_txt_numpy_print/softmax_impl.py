import numpy as np


def stable_softmax(z):
    # softmax along the last axis, shifted by the max so exp cannot overflow
    a = np.asarray(z, dtype=np.float64)
    a = a - a.max(axis=-1, keepdims=True)
    ex = np.exp(a)
    return ex / ex.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
