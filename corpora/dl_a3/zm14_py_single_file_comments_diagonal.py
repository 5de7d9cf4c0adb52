# =============================================================
#  Deep Learning - Assignment 3
#  Oliver Grant
#  Everything is in this one file: written answers as comments,
#  Q6 as the function stable_softmax below.
# =============================================================
#
# Q1 (a)
#   conv: (28 + 2*1 - 3) / 1 + 1 = 28   -> 28 x 28 x 64
#   pool 2x2, stride 2                   -> 14 x 14 x 64
#   ANSWER: output shape = 14 x 14 x 64
#
# Q1 (b)
#   weights: 3*3*3 per filter * 64 filters = 1728
#   biases : 64
#   ANSWER: 1792 learnable parameters
#
# Q2
#   dL/dW = outer(delta, x) = [[ 0.5,  1.0, -0.5],
#                              [-1.0, -2.0,  1.0]]
#   W_new = W - 0.1 * dL/dW
#   ANSWER: W_new = [[0.15, -0.20,  0.45],
#                    [0.10,  0.50, -0.30]]
#   (checked with numpy, see check_q2() below)
#
# Q3
#   L = -log p_c (c = true class), p_k = exp(z_k) / sum_j exp(z_j)
#   derivative of softmax output wrt its own input: dp_k/dz_k = p_k (1 - p_k)
#   ANSWER: dL/dz_k = p_k (1 - p_k)
#
# Q4
#   No -- in eval mode BN normalises with the running mean / running var
#   that were accumulated during training, not the test batch statistics.
#
# Q5
#   accuracy = trace / total = 145 / 220 = 0.6591  (65.91 %)
#
# Q6 -> stable_softmax
# =============================================================

import numpy as np


def stable_softmax(z):
    """Softmax along the last axis, shifted by the max for stability."""
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1, keepdims=True)
    exp = np.exp(z - z_max)
    return exp / np.sum(exp, axis=-1, keepdims=True)


def check_q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    return W - 0.1 * np.outer(delta, x)


if __name__ == "__main__":
    print(check_q2())
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
