import numpy as np


def _logsumexp(a):
    m = np.max(a, axis=-1, keepdims=True)
    return m + np.log(np.sum(np.exp(a - m), axis=-1, keepdims=True))


def stable_softmax(z):
    """softmax(z) = exp(z - logsumexp(z)), computed along the last axis."""
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - _logsumexp(z))


if __name__ == "__main__":
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.random.randn(3, 4)).sum(axis=-1))
