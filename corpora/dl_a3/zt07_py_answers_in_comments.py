# =============================================================
#  Deep Learning - Assignment 3
#  Rafael Costa Mendes   |   matricula 2021.1.0443
#
#  Written answers are in the comments below (the TA said one
#  .py file is ok). Q6 is the function at the bottom.
# =============================================================
#
# Q1 (a)
#   conv: (28 + 2*1 - 3)/1 + 1 = 28  -> 28x28x64
#   maxpool 2x2 stride 2          -> 14x14x64
#   ANSWER: (14, 14, 64)
#
# Q1 (b)
#   weights per filter = 3*3*3 = 27, plus 1 bias = 28
#   28 * 64 = 1792
#   ANSWER: 1792 learnable parameters
#
# Q2
#   dL/dW = delta * x^T
#         = [[ 0.5,  1.0, -0.5],
#            [-1.0, -2.0,  1.0]]
#   eta * dL/dW = [[ 0.05, 0.1, -0.05],
#                  [-0.1, -0.2,  0.1 ]]
#   update: W_new = W + eta * dL/dW
#     0.2 + 0.05 = 0.25    -0.1 + 0.1 = 0.0    0.4 - 0.05 = 0.35
#     0.0 - 0.1 = -0.1      0.3 - 0.2 = 0.1   -0.2 + 0.1 = -0.1
#   ANSWER: W_new = [[ 0.25, 0.0,  0.35],
#                    [-0.1,  0.1, -0.1 ]]
#
# Q3
#   L = -sum_k y_k log p_k , p = softmax(z)
#   dp_i/dz_k = p_i (1{i=k} - p_k)
#   dL/dz_k = -sum_i y_i/p_i * p_i (1{i=k} - p_k)
#           = -y_k + p_k * sum_i y_i
#           = p_k - y_k            (sum_i y_i = 1, one-hot)
#   ANSWER: dL/dz_k = p_k - y_k
#
# Q4
#   No - at test time BN uses the running averages of mean and
#   variance collected during training, not the test batch stats.
#
# Q5
#   trace = 50 + 45 + 50 = 145, total = 220
#   ANSWER: accuracy = 145/220 = 0.6591 (65.91%)
#
# =============================================================

import numpy as np


# Q6
def stable_softmax(z):
    """numerically stable softmax over the last axis"""
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0],
                                   [-1000.0, -1000.0, -1000.0]])))
