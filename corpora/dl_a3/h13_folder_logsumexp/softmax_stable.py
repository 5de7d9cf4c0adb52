import numpy as np


def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z - logsumexp(z, axis=-1))


if __name__ == "__main__":
    for t in ([1.0, 2.0, 3.0], [1000, 1001], [[1000, 1001, 1002], [-1000, -1000, -1000]]):
        print(stable_softmax(t))
