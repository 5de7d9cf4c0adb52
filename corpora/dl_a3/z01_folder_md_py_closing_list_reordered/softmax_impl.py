import numpy as np


def stable_softmax(z):
    """Softmax over the last axis, shifted by the max for stability."""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(shifted)
    return ez / np.sum(ez, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
