# Anh Nguyen 104729385 - Assignment 3, Question 6
import numpy as np


def stable_softmax(z):
    """Stable softmax over the last axis using the log-sum-exp trick."""
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=-1, keepdims=True)
    log_sum = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - log_sum


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
