# Assignment 3 - Q6
# Karthik Subramanian (23M0417)

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # shift by max of each row (last axis) so largest exponent is exp(0) = 1
    z_shift = z - np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z_shift)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den


if __name__ == '__main__':
    z = np.array([1.0, 2.0, 3.0])
    print("softmax of", z, "=", stable_softmax(z))
    big = np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])
    print(stable_softmax(big))
