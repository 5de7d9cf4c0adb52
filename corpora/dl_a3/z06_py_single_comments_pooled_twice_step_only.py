# -*- coding: utf-8 -*-
# ==========================================================
#  DL Assignment 3  --  Aleksandr Petrov  (all answers in this file,
#  the TA said one .py is ok if it contains stable_softmax)
# ==========================================================
#
# Q1 (a)
#   input 28 x 28 x 3, 64 filters 3x3, padding 1
#   conv output side = (n + 2p - f)/s + 1
#                    = (28 + 2 - 3)/2 + 1      # the pooling after it is stride 2
#                    = 27/2 + 1 = 13.5 + 1 -> floor -> 14
#   so conv: 14 x 14 x 64
#   max-pool 2x2, stride 2: 14 / 2 = 7
#   ANSWER (a): 7 x 7 x 64
#
# Q1 (b)
#   weights: 3*3*3 per filter = 27, times 64 filters = 1728
#   biases : 64
#   ANSWER (b): 1728 + 64 = 1792 parameters
#
# Q2
#   dL/dW = delta * x^T
#         = [[ 0.5*1,  0.5*2,  0.5*(-1)],
#            [-1.0*1, -1.0*2, -1.0*(-1)]]
#         = [[ 0.5,  1.0, -0.5],
#            [-1.0, -2.0,  1.0]]
#   SGD update with lr = 0.1:
#   update = lr * dL/dW = [[ 0.05,  0.1, -0.05],
#                          [-0.1,  -0.2,  0.1 ]]
#   ANSWER: W_new = [[ 0.05,  0.1, -0.05],
#                    [-0.1,  -0.2,  0.1 ]]
#
# Q3
#   L = -sum_k y_k log p_k = -log p_c
#   dL/dz_k = -(1/p_c) * dp_c/dz_k
#   dp_c/dz_k = p_c (1[k=c] - p_k)
#   => dL/dz_k = -(1[k=c] - p_k) = p_k - y_k
#   ANSWER: dL/dz_k = p_k - y_k
#
# Q4
#   No. In eval mode BN uses running_mean / running_var saved during
#   training, the statistics of the current test batch are not used.
#
# Q5
#   correct = 50 + 45 + 50 = 145, total = 220
#   accuracy = 145 / 220 = 0.6591   (65.91 %)
#
# Q6 -> function below
# ==========================================================

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # log-sum-exp trick on the last axis
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - lse)


if __name__ == "__main__":
    # >>> stable_softmax([1, 2, 3])
    # array([0.09003057, 0.24472847, 0.66524096])
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))   # [0.26894142 0.73105858]
