import numpy as np


def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    # softmax(z) = exp(z - logsumexp(z)), computed per last-axis slice
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - logsumexp(z, axis=-1))


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
