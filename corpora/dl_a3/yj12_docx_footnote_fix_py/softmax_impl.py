import numpy as np


def stable_softmax(z):
    """Softmax over the last axis; subtracting the max avoids overflow in exp."""
    z = np.array(z, dtype=np.float64, copy=True)
    z -= z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
