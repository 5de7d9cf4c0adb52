"""Q6 -- stable softmax via the log-sum-exp trick.

    softmax(z)_k = exp(z_k - LSE(z)),  LSE(z) = m + log(sum_j exp(z_j - m)),
    m = max_j z_j.
"""
import numpy as np


def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - logsumexp(z, axis=-1))


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [-1000, -999]):
        print(test, "->", stable_softmax(np.array(test)))
