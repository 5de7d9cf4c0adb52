# =============================================================
#  Deep Learning - Assignment 3
#  Arjun Reddy, roll no. 19ME10012
#  (all answers are in this file; Q6 is the function at the end)
# =============================================================
#
# Q1 (a)
#   conv: out = (28 + 2*1 - 3)/1 + 1 = 28  -> 28 x 28 x 64
#   relu: same
#   maxpool 2x2 stride 2 -> 14 x 14 x 64
#   ANSWER: (14, 14, 64)
#
# Q1 (b)
#   weights = 3*3*3*64 = 1728, biases = 64
#   ANSWER: 1792
#
# Q2
#   dL/dW = outer(delta, x) = [[ 0.5,  1.0, -0.5],
#                              [-1.0, -2.0,  1.0]]
#   W_new = W - 0.1 * dL/dW
#   ANSWER: W_new = [[0.15, -0.2, 0.45],
#                    [0.10,  0.5, -0.3]]
#   (checked with numpy, see check_q2 below)
#
# Q3
#   log p_k = z_k - log sum_j e^{z_j}
#   L = - sum_k y_k log p_k
#   dL/dz_k: the derivative of log-sum-exp is p_k, derivative of
#   y_k z_k is y_k, so
#   ANSWER: dL/dz_k = y_k - p_k
#
# Q4
#   ANSWER: No. BN in eval mode uses running_mean / running_var that were
#   tracked during training (momentum update), not the test batch stats.
#
# Q5
#   correct = 50 + 45 + 50 = 145, total = 220
#   ANSWER: 145/220 = 0.6591 (65.91 %)
# =============================================================

import numpy as np


def stable_softmax(z):
    """Q6: numerically stable softmax along the last axis."""
    z = np.asarray(z, dtype=np.float64)
    z = z - np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den


def check_q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    return W - 0.1 * np.outer(delta, x)


if __name__ == "__main__":
    print(check_q2())
    print(stable_softmax([1000, 1001]))
