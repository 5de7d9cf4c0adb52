# =====================================================================
#  Deep Learning - Assignment 3
#  Name : Lucas Ferreira        Matric: A0251139X
#  (everything in one file, written answers are in the comments, hope
#   that is ok -- the code for Q6 is at the bottom)
# =====================================================================
#
# Q1 (a)
#   conv: out = (n + 2p - f)/s + 1 = (28 + 2 - 3)/1 + 1 = 28
#   64 filters -> 64 output channels
#   output shape = 28 x 28 x 64
#
#   ANSWER (a): (28, 28, 64)
#
# Q1 (b)
#   weights per filter = 3*3*3 = 27, plus 1 bias = 28
#   total = 28 * 64 = 1792
#
#   ANSWER (b): 1792
#
# Q2
#   dL/dW = delta x^T
#         = [[ 0.5*1,  0.5*2,  0.5*(-1)],
#            [-1.0*1, -1.0*2, -1.0*(-1)]]
#         = [[ 0.5,  1.0, -0.5],
#            [-1.0, -2.0,  1.0]]
#   W_new = W - 0.1 * dL/dW
#         = [[0.2-0.05, -0.1-0.1, 0.4+0.05],
#            [0.0+0.1,   0.3+0.2, -0.2-0.1]]
#
#   ANSWER: W_new = [[0.15, -0.20,  0.45],
#                    [0.10,  0.50, -0.30]]
#
# Q3
#   L = -sum_i y_i log p_i,   log p_i = z_i - log sum_j exp(z_j)
#   dL/dz_k = -sum_i y_i (1[i==k] - p_k) = -y_k + p_k * sum_i y_i = p_k - y_k
#
#   ANSWER: dL/dz_k = p_k - y_k
#
# Q4
#   No -- at test time BN normalises with the running_mean / running_var
#   that were tracked during training (model.eval() in pytorch). Using test
#   batch stats would make predictions depend on the batch.
#
# Q5
#   correct = 50 + 45 + 50 = 145, total = 220
#   acc = 145/220 = 0.65909 -> 65.91 %
#
# Q6 below
# =====================================================================

import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis of z."""
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))     # ~ [0.09, 0.245, 0.665]
    print(stable_softmax(np.array([1000.0, 1001.0])))    # no overflow
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    d = np.array([0.5, -1.0])
    print(W - 0.1 * np.outer(d, x))
