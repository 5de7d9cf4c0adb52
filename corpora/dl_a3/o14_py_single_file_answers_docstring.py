"""
DL Assignment 3 -- Sofia Lindqvist
Everything in one file (the answers to Q1-Q5 are in this docstring, Q6 is the code below).

Q1 (a)  conv keeps 28x28 (pad 1, k 3, s 1) -> 28x28x64, pool 2x2/2 -> (14, 14, 64)
   (b)  64 filters * (3*3*3 weights + 1 bias) = 64 * 28 = 1792

Q2  dL/dW = outer(delta, x) = [[0.5, 1, -0.5], [-1, -2, 1]]
    W_new = W - 0.1 * dL/dW = [[0.15, -0.2, 0.45],
                               [0.10,  0.5, -0.3 ]]

Q3  dL/dz_k = p_k - y_k

Q4  No. At test time BN uses the running (moving-average) mean and variance
    collected during training, not the statistics of the test batch.

Q5  (50 + 45 + 50) / 220 = 145/220 = 0.6591
"""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis, max-shifted so exp never overflows."""
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


if __name__ == "__main__":
    for t in ([1, 2, 3], [1000, 1001], [[1000, 1001, 1002], [-1000, -1000, -1000]]):
        print(t, "->", stable_softmax(t))
