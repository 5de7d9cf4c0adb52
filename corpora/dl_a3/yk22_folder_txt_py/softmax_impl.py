import numpy as np


def stable_softmax(z):
    """Stable softmax using the log-sum-exp trick (log space, no overflow)."""
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    log_sum = np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - m - log_sum


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))   # finite!
