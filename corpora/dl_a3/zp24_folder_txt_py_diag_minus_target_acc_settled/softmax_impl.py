import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_stable = z - z.max(axis=-1, keepdims=True)
    p = np.exp(z_stable)
    p /= p.sum(axis=-1, keepdims=True)
    return p


if __name__ == "__main__":
    big = np.array([1000.0, 1001.0])
    print(stable_softmax(big))   # naive version gives nan here
