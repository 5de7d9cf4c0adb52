"""Q6 - Amara Nwosu"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    log_denom = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - log_denom)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
