import numpy as np


def stable_softmax(z):
    """softmax over the last axis: exp(z - logsumexp(z))."""
    z = np.asarray(z, dtype=float)
    lse = np.logaddexp.reduce(z, axis=-1, keepdims=True)
    return np.exp(z - lse)


if __name__ == "__main__":
    print(np.round(stable_softmax([1, 2, 3]), 4))
    print(np.round(stable_softmax([1000, 1001]), 4))
