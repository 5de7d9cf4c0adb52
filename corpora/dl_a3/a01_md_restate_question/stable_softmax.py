import numpy as np


def stable_softmax(z):
    """Softmax over the last axis, shifted by the max so exp() can't overflow."""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    ex = np.exp(shifted)
    return ex / np.sum(ex, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
