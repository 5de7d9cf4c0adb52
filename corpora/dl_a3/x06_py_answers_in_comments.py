# DL Assignment 3  --  everything in one file (answers as comments, Q6 is the code at the bottom)
#
# Q1 (a)  conv: out = (28 + 2*1 - 3)/1 + 1 = 28  -> 64 x 28 x 28
#         pool 2x2 stride 2 -> 28/2 = 14
#         ANSWER: 64 x 14 x 14   (channels first, like PyTorch)
#
# Q1 (b)  weights per filter: 3*3*3 = 27, plus 1 bias = 28
#         28 * 64 = 1.792e3
#         ANSWER: 1.792 x 10^3 parameters
#
# Q2      dL/dW = delta x^T
#               = [[ 0.5*1,  0.5*2,  0.5*-1],
#                  [-1*1,   -1*2,   -1*-1 ]]
#               = [[ 0.5,  1.0, -0.5],
#                  [-1.0, -2.0,  1.0]]
#         W_new = W - 0.1 * dL/dW
#               = [[0.2-0.05, -0.1-0.1, 0.4+0.05],
#                  [0.0+0.1,   0.3+0.2, -0.2-0.1]]
#         ANSWER: W_new = [[ 0.15, -0.2,  0.45],
#                          [ 0.1,   0.5, -0.3 ]]
#
# Q3      dL/dp_j = -y_j / p_j ,  dp_j/dz_k = p_j (delta_jk - p_k)
#         dL/dz_k = sum_j (-y_j/p_j) p_j (delta_jk - p_k)
#                 = -y_k + p_k * sum_j y_j
#                 = p_k - y_k          (sum_j y_j = 1 because y is one-hot)
#         ANSWER: dL/dz_k = p_k - y_k
#
# Q4      No. In eval mode BN uses running_mean / running_var which were
#         collected (exponential moving average) during training. Otherwise the
#         output for one image would depend on the other images in the batch.
#
# Q5      correct = trace = 50 + 45 + 50 = 145
#         145 / 220 = 0.65909...
#         ANSWER: accuracy = 0.6591
#
# Q6      see below

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    zmax = np.amax(z, axis=-1, keepdims=True)
    ez = np.exp(z - zmax)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
