"""
DL Assignment 3 -- everything in one file (answers in this docstring + the
REPL session I used to check them, pasted at the bottom).

Oliver Bennett, 2023-11-0472

Q1 (a)  conv: (28 - 3)/1 + 1 = 26  ->  pool 2x2/2: 26/2 = 13
        output shape: (13, 13, 64)
Q1 (b)  64 * (3*3*3 + 1) = 1792 parameters
Q2      dL/dW = outer(delta, x) = [[ 0.5,  1.0, -0.5],
                                   [-1.0, -2.0,  1.0]]
        W_new = W - 0.1 * dL/dW = [[0.15, -0.2,  0.45],
                                   [0.1,   0.5, -0.3 ]]
Q3      dL/dz_k = p_k - y_k   (derivation in the comment block below)
Q4      No -- at test time BN uses the running mean/var collected during
        training (moving averages), not the test batch's own statistics.
Q5      accuracy = trace / total = 145 / 220 = 0.6591
Q6      stable_softmax below.
"""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis; the max is subtracted first so exp() can't overflow."""
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


# Q3 derivation
# L = -sum_k y_k log p_k = -sum_k y_k z_k + log sum_j exp(z_j)      (sum_k y_k = 1)
# dL/dz_k = -y_k + exp(z_k) / sum_j exp(z_j) = p_k - y_k


# ---------------------------------------------------------------------------
# REPL session (python 3.11) used to check the numbers:
#
# >>> (28 - 3)//1 + 1
# 26
# >>> 26 // 2
# 13
# >>> 64 * (3*3*3 + 1)
# 1792
# >>> W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
# >>> x = np.array([1.0, 2.0, -1.0]); d = np.array([0.5, -1.0])
# >>> g = np.outer(d, x); g
# array([[ 0.5,  1. , -0.5],
#        [-1. , -2. ,  1. ]])
# >>> W - 0.1 * g
# array([[ 0.15, -0.2 ,  0.45],
#        [ 0.1 ,  0.5 , -0.3 ]])
# >>> cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
# >>> np.trace(cm) / cm.sum()
# 0.6590909090909091
# >>> stable_softmax(np.array([1000., 1001.]))
# array([0.26894142, 0.73105858])
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    print("Q1a:", (13, 13, 64))
    print("Q1b:", 64 * (3 * 3 * 3 + 1))
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    d = np.array([0.5, -1.0])
    print("Q2 W_new:\n", W - 0.1 * np.outer(d, x))
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print("Q5 acc:", np.trace(cm) / cm.sum())
    print("Q6:", stable_softmax(np.random.randn(4, 5)).sum(axis=-1))
