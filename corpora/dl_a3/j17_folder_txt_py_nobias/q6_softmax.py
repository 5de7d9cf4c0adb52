"""Question 6: numerically stable softmax via log-sum-exp."""
import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - lse)


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [[1000, 1001, 1002], [-1000, -1000, -1000]]):
        print(test, "->", stable_softmax(test))
