# HW3 Q6 - Thandiwe Mokoena
import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    if z.ndim == 1:
        e = np.exp(z - z.max())
        return e / e.sum()
    # matrix case: one softmax per row
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
