# DL A3 Q6
# Tomasz Wójcik  (s1987342)
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    num = np.exp(z_shift)
    den = np.sum(num, axis=1, keepdims=True)
    return num / den


if __name__ == "__main__":
    np.random.seed(0)
    batch = np.random.randn(4, 5)
    out = stable_softmax(batch)
    print(out.sum(axis=1))   # -> [1. 1. 1. 1.]
