# Q6 stable softmax
# Priya Raghunathan
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        e = np.exp(z - z.max())
        return e / e.sum()
    elif z.ndim == 2:
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    else:
        raise ValueError("expected a vector or a batch of vectors")


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0], [3.0, 3.0]])))
