# ==========================================================
#  DL Assignment 3  --  Tomasz Nowak  (everything in one file)
# ==========================================================
#
# Q1 (a)
#   conv 3x3, stride 1:  (28 - 3)/1 + 1 = 26   -> 26 x 26 x 64
#   maxpool 2x2 stride 2: 26/2 = 13
#   output shape: 13 x 13 x 64
#
# Q1 (b)
#   weights = 3*3*3*64 = 1728, biases = 64
#   learnable parameters = 1792
#
# Q2
#   dL/dW = delta x^T = [[ 0.5,  1.0, -0.5],
#                        [-1.0, -2.0,  1.0]]
#   W_new = W - 0.1 * dL/dW = [[0.15, -0.2,  0.45],
#                              [0.1,   0.5, -0.3 ]]
#
# Q3
#   dL/dz_k = p_k - y_k
#   (dL/dp_i = -y_i/p_i, dp_i/dz_k = p_i(delta_ik - p_k), sum over i and use sum(y) = 1)
#
# Q4
#   No - at test time BN uses the running mean/variance saved from training,
#   not the statistics of the test batch.
#
# Q5
#   top-1 accuracy = trace / total = 145 / 220 = 0.6591  (65.91 %)
#
# Q6 -> stable_softmax below
# ==========================================================

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = z.max(axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    s = e.sum(axis=-1, keepdims=True)
    return e / s


if __name__ == "__main__":
    # checks for Q2 and Q5
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    print("Q2:", W - 0.1 * np.outer(delta, x))

    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print("Q5:", np.trace(C) / C.sum())

    print("Q6:", stable_softmax([1, 2, 3]), stable_softmax([1000, 1001]))
