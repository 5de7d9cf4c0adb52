# Liam O'Sullivan 22371406
# Q6 softmax over the last axis
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # use float64 so the exponentials have more room before overflowing
    num = np.exp(z)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax(np.ones((2, 3, 4))).sum(axis=-1))
