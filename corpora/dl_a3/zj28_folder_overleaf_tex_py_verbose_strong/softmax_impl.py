"""Assignment 3, Q6 (Wei Chen).

softmax(z)_k = exp(z_k - m) / sum_j exp(z_j - m), with m = max_j z_j taken
along the last axis, so that the largest exponent is exp(0) = 1.
"""
import numpy as np

__all__ = ["stable_softmax"]


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 0:
        return np.ones_like(z)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]]))
