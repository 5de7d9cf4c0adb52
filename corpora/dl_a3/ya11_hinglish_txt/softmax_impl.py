# Q6 - Rohit Sharma
# log-sum-exp trick: log sum exp(z) = m + log sum exp(z - m), m = max(z)
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    m = z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return np.exp(z - lse)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
