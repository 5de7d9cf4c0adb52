"""DL A3 - Q6: numerically stable softmax.

Trick: softmax(z) = exp(z - logsumexp(z)), and logsumexp is computed
after shifting by the max so nothing overflows.
"""
import numpy as np


def _logsumexp(a, axis=-1):
    m = np.max(a, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(a - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - _logsumexp(z, axis=-1))


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
