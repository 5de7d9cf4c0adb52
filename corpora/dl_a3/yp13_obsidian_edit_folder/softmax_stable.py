import numpy as np


def stable_softmax(z):
    """Numerically stable softmax along the last axis (any shape)."""
    z = np.asarray(z, dtype=np.float64)
    lse = np.max(z, axis=-1, keepdims=True)
    lse = lse + np.log(np.sum(np.exp(z - lse), axis=-1, keepdims=True))
    return np.exp(z - lse)


if __name__ == "__main__":
    for t in ([1, 2, 3], [1000, 1001], np.random.randn(2, 3, 4)):
        s = stable_softmax(t)
        print(s.shape, s.sum(axis=-1))
