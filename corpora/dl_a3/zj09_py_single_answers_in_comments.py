# =============================================================
#  DL Assignment 3  --  Sofia Marchetti  (sm2847)
#  Everything is in this one file: written answers are in the
#  comments, Q6 is the function at the bottom.
# =============================================================
#
# Q1 (a)
#   conv: out = (28 - 3 + 2*1) / 1 + 1 = 28    ->  28 x 28 x 64
#   pool 2x2, stride 2: 28 / 2 = 14           ->  14 x 14 x 64
#   ANSWER: (14, 14, 64)
#
# Q1 (b)
#   weights = 3*3*3*64 = 1728, biases = 64
#   ANSWER: 1792 learnable parameters
#
# Q2
#   dL/dW = delta x^T = [[ 0.5,  1.0, -0.5],
#                        [-1.0, -2.0,  1.0]]
#   W_new = W - 0.1 * dL/dW
#   ANSWER: W_new = [[0.15, -0.20,  0.45],
#                    [0.10,  0.50, -0.30]]
#
# Q3
#   dL/dz_k = p_k - y_k        (p = softmax(z), y one-hot)
#
# Q4
#   No. At inference BN normalises with the running mean / running
#   variance it accumulated while training, not the test batch's stats.
#
# Q5
#   correct = 50 + 45 + 50 = 145 out of 220
#   ANSWER: top-1 accuracy = 65.91 %
# =============================================================

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shift = z - z.max(axis=-1, keepdims=True)
    num = np.exp(shift)
    den = num.sum(axis=-1, keepdims=True)
    return num / den


if __name__ == "__main__":
    # quick checks
    print(stable_softmax([1.0, 2.0, 3.0]))          # [0.090 0.245 0.665]
    print(stable_softmax([[1000.0, 1001.0, 1002.0],
                          [-1000.0, -1000.0, -1000.0]]))
