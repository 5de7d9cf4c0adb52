import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_stable = z - np.max(z, axis=-1, keepdims=True)
    numerator = np.exp(z_stable)
    denominator = np.sum(numerator, axis=-1, keepdims=True)
    return numerator / denominator


if __name__ == "__main__":
    a = np.array([[1, 2, 3], [1000, 1001, 1002]])
    print(stable_softmax(a))
    print(stable_softmax(a).sum(axis=-1))
