"""Mohammed Al-Sayed - A3 problem 6 (stable softmax)."""
import numpy as np


def stable_softmax(z):
    s = np.asarray(z, dtype=float)
    s = s - s.max(axis=-1, keepdims=True)            # largest entry becomes 0
    log_norm = np.log(np.sum(np.exp(s), axis=-1, keepdims=True))
    return np.exp(s - log_norm)                      # = exp(s) / sum exp(s)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))            # ~ [0.0900 0.2447 0.6652]
    print(stable_softmax([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]]))
