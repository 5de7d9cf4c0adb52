#!/usr/bin/env python3
"""
Deep Learning - Assignment 3
Author: Jonas Weber (matr. 4471023)

I did everything in this one python file. Run it: it prints my answers for
Q1, Q2 and Q5 (computed with numpy) and defines stable_softmax for Q6.
Q3 and Q4 I did not manage to finish, sorry.
"""
import numpy as np


# ---------------------------------------------------------------- Q6
def stable_softmax(z):
    """Softmax over the last axis. Subtract the max first -> no overflow."""
    z = np.asarray(z, dtype=np.float64)
    z_max = z.max(axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / e.sum(axis=-1, keepdims=True)


# ---------------------------------------------------------------- Q1
def q1():
    H = W = 28
    C_in = 3
    K, S, P, F = 3, 1, 1, 64
    conv = (H - K + 2 * P) // S + 1          # 28
    pooled = (conv - 2) // 2 + 1             # 14
    print("Q1a) output shape after pool:", (pooled, pooled, F))   # (14, 14, 64)
    n_params = F * (K * K * C_in + 1)        # weights + one bias per filter
    print("Q1b) learnable params in conv:", n_params)              # 1792


# ---------------------------------------------------------------- Q2
def q2():
    W = np.array([[0.2, -0.1, 0.4],
                  [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    eta = 0.1
    dW = np.outer(delta, x)                  # dL/dW = delta x^T, shape (2, 3)
    W_new = W - eta * dW
    print("Q2) dL/dW =\n", dW)
    print("Q2) W_new =\n", W_new)
    # output:
    # dL/dW =
    #  [[ 0.5  1.  -0.5]
    #  [-1.  -2.   1. ]]
    # W_new =
    #  [[ 0.15 -0.2   0.45]
    #  [ 0.1   0.5  -0.3 ]]


# ---------------------------------------------------------------- Q5
def q5():
    cm = np.array([[50, 12, 8],
                   [10, 45, 15],
                   [9, 21, 50]])
    acc = np.trace(cm) / cm.sum()
    print(f"Q5) top-1 accuracy = {np.trace(cm)}/{cm.sum()} = {acc:.4f}")  # 145/220 = 0.6591


if __name__ == "__main__":
    q1()
    q2()
    q5()
    print("Q6 check:", stable_softmax(np.array([1000.0, 1001.0])))
