"""Q6 -- stable softmax via log-sum-exp."""
import numpy as np


def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z - logsumexp(z, axis=-1))


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [-1000, -999]):
        print(test, "->", stable_softmax(np.array(test, dtype=float)))
