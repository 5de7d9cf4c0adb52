# =============================================================
#  Deep Learning - Assignment 3
#  Daniel Kowalski   |  student id 2220561
#  (all answers in this file, hope that's ok - Q6 is the code at the bottom)
# =============================================================
#
# Q1 (a)
#   out = (n + 2p - f)/s + 1 = (28 + 2 - 3)/1 + 1 = 28
#   64 filters -> 64 output channels
#   => output shape: 28 x 28 x 64
#
# Q1 (b)
#   per filter: 3*3*3 = 27 weights + 1 bias = 28
#   total = 28 * 64 = 1792
#
# Q2
#   dL/dW = delta x^T
#         = [[ 0.5,  1.0, -0.5],
#            [-1.0, -2.0,  1.0]]
#   W_new = W - 0.1 * dL/dW
#         = [[0.2-0.05, -0.1-0.1, 0.4+0.05],
#            [0.0+0.1,   0.3+0.2, -0.2-0.1]]
#         = [[0.15, -0.20,  0.45],
#            [0.10,  0.50, -0.30]]
#
# Q3
#   L = -sum_k y_k log p_k ,  dp_j/dz_k = p_j (delta_jk - p_k)
#   dL/dz_k = -sum_j y_j/p_j * p_j (delta_jk - p_k)
#           = -y_k + p_k * sum_j y_j
#           = p_k - y_k          (since sum_j y_j = 1)
#
# Q4
#   No - at test time BN uses the running mean/variance saved during
#   training (model.eval()), not the mean/var of the test batch.
#
# Q5
#   correct = 50 + 45 + 50 = 145
#   acc = 145 / 220 = 0.6591  (65.91 %)
#
# Q6 -> below
# =============================================================

import numpy as np


def stable_softmax(z):
    # softmax over last axis
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    # [0.09003057 0.24472847 0.66524096]  matches the example
