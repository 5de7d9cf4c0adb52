"""
Daniel Adebayo-Lind, 1902337
HW3 Q6: numerically stable softmax along the last axis.
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # log-sum-exp: log sum exp(z) = m + log sum exp(z - m)
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - lse)


if __name__ == "__main__":
    for t in ([1.0, 2.0, 3.0], [1000.0, 1001.0]):
        print(t, "->", stable_softmax(np.array(t)))
