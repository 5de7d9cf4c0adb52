"""
Deep Learning - Assignment 3
Author: Yusuf Demir-Kovač

I prefer to answer in code. Each question is a function below; running this file
prints every answer. The written parts are in the comments.  Q6 is in
softmax_impl.py as requested (imported at the bottom to show it works).

SUMMARY OF ANSWERS
  Q1 (a)  (N, 14, 14, 64)      -- N = batch size
  Q1 (b)  1792
  Q2      W_new = [[0.15, -0.20, 0.45],
                   [0.10,  0.50, -0.30]]
  Q3      dL/dz_k = p_k - y_k
  Q4      No (running mean / running variance from training are used)
  Q5      145/220 = 0.6591
"""
import numpy as np


def q1():
    # 'same' conv: (28 + 2*1 - 3)//1 + 1 = 28 ; pool: (28 - 2)//2 + 1 = 14
    h = (28 + 2 * 1 - 3) // 1 + 1
    h = (h - 2) // 2 + 1
    shape = ("N", h, h, 64)
    params = 64 * (3 * 3 * 3) + 64        # weights + one bias per filter
    return shape, params


def q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    dW = np.outer(delta, x)               # dL/dW_ij = delta_i * x_j
    return W - 0.1 * dW


def q3():
    # L = -log p_c = -z_c + logsumexp(z)
    # d/dz_k: -[k == c] + p_k  ->  dL/dz_k = p_k - y_k
    # numerical check:
    z = np.array([2.0, -0.5, 0.3])
    y = np.array([0.0, 1.0, 0.0])
    p = np.exp(z) / np.exp(z).sum()
    loss = lambda v: -np.log(np.exp(v[1]) / np.exp(v).sum())
    eps = 1e-6
    num = np.array([(loss(z + eps * e) - loss(z - eps * e)) / (2 * eps) for e in np.eye(3)])
    return np.allclose(num, p - y)


def q4():
    # No. At test time BatchNorm does NOT use the statistics of the test batch.
    # It uses the running (exponential moving) averages of mean and variance
    # accumulated during training, so the output of a sample does not depend
    # on the rest of the batch.
    return "No"


def q5():
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    return np.trace(cm) / cm.sum()


if __name__ == "__main__":
    shape, params = q1()
    print("Q1a", shape, " Q1b", params)
    print("Q2\n", q2())
    print("Q3 check p - y:", q3())
    print("Q4", q4())
    print("Q5 %.4f" % q5())
    from softmax_impl import stable_softmax
    print("Q6", stable_softmax([1, 2, 3]), stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
