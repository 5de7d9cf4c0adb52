# =============================================================================
#  Deep Learning -- Assignment 3
#  Dmitri Volkov (st. id 31-0456)
#  Everything is in this one file: Q6 (the code) first, then Q1-Q5 as
#  comments + small computations that print the numbers I report.
#  Run:  python a3_volkov.py
# =============================================================================
import numpy as np


# ---------------------------------------------------------------- Q6
def stable_softmax(z):
    """Softmax over the last axis.

    exp(z - c) / sum exp(z - c) == softmax(z) for any constant c, so with
    c = max over the last axis every exponent is <= 0 and nothing overflows
    (e.g. z = [1000, 1001] works).
    """
    z = np.asarray(z, dtype=np.float64)
    c = np.max(z, axis=-1, keepdims=True)
    num = np.exp(z - c)
    return num / np.sum(num, axis=-1, keepdims=True)


# ---------------------------------------------------------------- Q1
# I use PyTorch layout (C, H, W).
# conv: H_out = (28 + 2*1 - 3) // 1 + 1 = 28, C_out = 64  -> (64, 28, 28)
# maxpool k=2, s=2: 28 -> 14                              -> (64, 14, 14)
#
# Q1(a) ANSWER: output shape = (64, 14, 14)   [= 14 x 14 x 64 in HWC]
#
# Q1(b) learnable params = C_out * (C_in * k * k) + C_out (biases)
#                        = 64 * 27 + 64 = 1792
# Q1(b) ANSWER: 1792
def q1():
    h = (28 + 2 * 1 - 3) // 1 + 1
    h = (h - 2) // 2 + 1
    params = 64 * 3 * 3 * 3 + 64
    return (64, h, h), params


# ---------------------------------------------------------------- Q2
# y = W x, dL/dy = delta  =>  dL/dW = outer(delta, x)  (2x3 like W)
# W_new = W - lr * dL/dW
# Q2 ANSWER:
#   W_new = [[0.15, -0.20,  0.45],
#            [0.10,  0.50, -0.30]]
def q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    return W - 0.1 * np.outer(delta, x)


# ---------------------------------------------------------------- Q3
# L = -sum_i y_i log p_i,  p = softmax(z)
# d log p_i / d z_k = [i == k] - p_k
# dL/dz_k = -sum_i y_i ([i == k] - p_k) = -y_k + p_k * sum_i y_i = p_k - y_k
# Q3 ANSWER: dL/dz_k = p_k - y_k      (vector form: grad_z L = p - y)


# ---------------------------------------------------------------- Q4
# Q4 ANSWER: No. In eval mode BatchNorm normalises with the running mean and
# running variance accumulated during training (exponential moving averages),
# not with the mean/variance of the test mini-batch. So the output for an
# example is deterministic and does not depend on what else is in the batch.


# ---------------------------------------------------------------- Q5
# accuracy = trace / total = 145 / 220
# Q5 ANSWER: 0.6591  (65.91 %)
def q5():
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    return np.trace(C) / C.sum()


if __name__ == "__main__":
    shape, params = q1()
    print("Q1a", shape)                 # (64, 14, 14)
    print("Q1b", params)                # 1792
    print("Q2\n", q2())                 # [[ 0.15 -0.2   0.45] [ 0.1   0.5  -0.3 ]]
    print("Q5", round(q5(), 4))         # 0.6591
    print("Q6", stable_softmax([1, 2, 3]), stable_softmax([1000, 1001]))
