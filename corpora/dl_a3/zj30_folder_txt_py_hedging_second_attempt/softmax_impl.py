# Ana Petrovic -- Problem 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    last = z.ndim - 1
    z_stable = z - np.max(z, axis=last, keepdims=True)
    numer = np.exp(z_stable)
    return numer / np.sum(numer, axis=last, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
