import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = z.max(axis=-1, keepdims=True)
    exp_shifted = np.exp(z - z_max)
    return exp_shifted / exp_shifted.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    z = np.array([1000.0, 1001.0])
    print("naive :", np.exp(z) / np.exp(z).sum())   # nan (overflow)
    print("stable:", stable_softmax(z))
