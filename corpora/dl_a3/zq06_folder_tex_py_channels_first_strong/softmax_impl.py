"""Q6: stable softmax via log-sum-exp."""
import numpy as np


def _logsumexp(z):
    m = np.max(z, axis=-1, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z - _logsumexp(z))


if __name__ == "__main__":
    for test in ([1.0, 2.0, 3.0], [1000.0, 1001.0], [[0.0, 0.0], [5.0, -5.0]]):
        p = stable_softmax(test)
        print(test, "->", p, "sum", p.sum(axis=-1))
