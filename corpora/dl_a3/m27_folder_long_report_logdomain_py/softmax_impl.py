"""
Q6: stable softmax.

Working in the log domain: log softmax(z)_k = z_k - log(sum_j exp(z_j)),
so softmax(z) = exp(z - log(sum exp z)).  Taking the log before dividing
avoids the division of two huge numbers.
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    log_norm = np.log(np.sum(np.exp(z), axis=-1, keepdims=True))
    return np.exp(z - log_norm)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([[0.5, 0.1], [2.0, -1.0]]))
