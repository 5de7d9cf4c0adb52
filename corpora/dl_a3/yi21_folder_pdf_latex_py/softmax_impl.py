# Q6 - DL Assignment 3
# Author: Tomasz Nowak
#
# softmax(z)_k = exp(z_k - LSE(z)),  LSE(z) = m + log sum_j exp(z_j - m),  m = max_j z_j
# Every exponent is <= 0 so nothing overflows; the largest term is exp(0) = 1
# so the sum is >= 1 and the log never sees 0.

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - lse)


if __name__ == "__main__":
    for test in ([1.0, 2.0, 3.0], [1000.0, 1001.0], [-1000.0, -999.0]):
        print(test, "->", stable_softmax(np.array(test)))
