"""Q6: numerically stable softmax via the log-sum-exp trick."""
import numpy as np


def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    """softmax(z)_k = exp(z_k - logsumexp(z)), computed over the last axis."""
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - logsumexp(z, axis=-1))


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    r = np.random.randn(2, 3, 4)
    print(stable_softmax(r).sum(axis=-1))
