import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # numerical stability: shift by max along last axis
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.random.randn(4, 5)))
