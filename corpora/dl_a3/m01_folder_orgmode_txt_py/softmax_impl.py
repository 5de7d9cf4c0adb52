"""DL A3, Q6 -- T. Wierzbicki"""
import numpy as np


def stable_softmax(z):
    # float copy, so the caller's array is not modified by the in-place ops below
    z = np.array(z, dtype=np.float64)
    z -= z.max(axis=-1, keepdims=True)      # largest logit per slice becomes 0
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
