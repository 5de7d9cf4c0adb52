import numpy as np


def stable_softmax(z):
    """numerically stable softmax (max trick)"""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))          # [0.090 0.245 0.665]
    print(stable_softmax([1000, 1001]))       # [0.269 0.731]
