import numpy as np


def stable_softmax(z, axis):
    """softmax of z along `axis` (use axis=-1 for the last axis)."""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=axis, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=axis, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3], axis=-1))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]], axis=-1))
