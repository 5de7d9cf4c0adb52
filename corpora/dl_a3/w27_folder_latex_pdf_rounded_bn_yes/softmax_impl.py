import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)
    p = np.exp(shifted)
    p = p / p.sum(axis=-1, keepdims=True)
    return np.round(p, 6)   # keep the output readable


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
