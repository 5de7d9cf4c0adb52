import numpy as np


def stable_softmax(z):
    """
    softmax over last axis, stable version.
    z : np.ndarray of any shape
    """
    z = np.array(z, dtype=np.float64)
    z = z - np.max(z)            # shift by the max (softmax is shift-invariant)
    num = np.exp(z)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.random.rand(4, 5)).sum(axis=1))
