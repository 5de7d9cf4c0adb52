# -*- coding: utf-8 -*-
"""
DL Assignment 3 -- everything in one file (answers in the comments + code)
author: Hiroshi Tanabe

Run:  python l06.py   (prints all my numeric answers)
"""
import numpy as np


# ---------------------------------------------------------------- Q1
def conv_size(n, k, stride, pad):
    return (n + 2 * pad - k) // stride + 1


def q1():
    h = conv_size(28, 3, 1, 1)          # 28
    h = conv_size(h, 2, 2, 0)           # 14
    shape = (h, h, 64)                  # H x W x C
    params = (3 * 3 * 3 + 1) * 64       # weights + one bias per filter
    return shape, params
# Q1 (a): (14, 14, 64)
# Q1 (b): 1792


# ---------------------------------------------------------------- Q2
def q2(lr=0.1):
    W = np.array([[0.2, -0.1, 0.4],
                  [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(x, delta)           # dL/dW  (x delta^T)
    return W.T - lr * grad
# Q2 output (new weights):
# [[ 0.15  0.1 ]
#  [-0.2   0.5 ]
#  [ 0.45 -0.3 ]]


# ---------------------------------------------------------------- Q3
# dL/dz_k = sum_j dL/dp_j * dp_j/dz_k
#         = sum_j (-y_j / p_j) * p_j (delta_jk - p_k)
#         = -y_k + p_k * sum_j y_j
#         = p_k - y_k            (vector: grad_z L = p - y)


# ---------------------------------------------------------------- Q4
# No.  model.eval() -> BN uses running_mean / running_var that were
# accumulated with momentum during training; test batch stats are NOT used.


# ---------------------------------------------------------------- Q5
def q5():
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    return np.trace(cm) / cm.sum()
# Q5: 0.6591  (65.91 %)


# ---------------------------------------------------------------- Q6
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)                       # shift so the largest logit is 0
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print("Q1", q1())
    print("Q2\n", q2())
    print("Q5", round(q5(), 4))
    print("Q6", stable_softmax([1, 2, 3]), stable_softmax([1000, 1001]))
