"""
DL Assignment 3 -- Yusuf Demir
Run:  python a3_demir.py   (prints every answer; stable_softmax is Q6)
"""
import numpy as np


# ---------------- Q6 ----------------
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    c = np.max(z, axis=-1, keepdims=True)
    expz = np.exp(z - c)
    return expz / expz.sum(axis=-1, keepdims=True)


# ---------------- Q1 ----------------
def conv_out(n, k, s, p):
    return (n - k + 2 * p) // s + 1


def q1():
    side = conv_out(conv_out(28, 3, 1, 1), 2, 2, 0)
    shape = (side, side, 64)
    params = 64 * (3 * 3 * 3) + 64
    return shape, params


# ---------------- Q2 ----------------
def q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    eta = 0.1
    return W - eta * np.outer(delta, x)


# ---------------- Q5 ----------------
def q5():
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    return cm.trace() / cm.sum()


if __name__ == "__main__":
    shape, params = q1()
    print("Q1(a) output shape:", shape)           # (14, 14, 64)
    print("Q1(b) learnable parameters:", params)  # 1792
    print("Q2 W after one SGD step:\n", q2())      # [[0.15 -0.2 0.45] [0.1 0.5 -0.3]]
    print("Q3 dL/dz_k = p_k - y_k   (softmax output minus one-hot target)")
    print("Q4 No: at test time BN normalises with the running mean/var from training, "
          "not with the test batch's statistics")
    print("Q5 top-1 accuracy: %.4f" % q5())       # 0.6591
    print("Q6 check:", stable_softmax([1000, 1001]))
