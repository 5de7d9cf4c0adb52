import numpy as np


def stable_softmax(z):
    """Return the softmax of z along its last axis (stable version)."""
    z = np.asarray(z, dtype=float)
    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))
    sums = np.sum(exps, axis=-1, keepdims=True)
    return exps / sums


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
