# =============================================================================
#  DL Assignment 3  --  Arjun Mehta (2021CS10442)
#  Everything is in this one file: written answers as comments (with the output
#  I got when running it), Q6 = stable_softmax below.
# =============================================================================
from fractions import Fraction

import numpy as np


# ---------------------------------------------------------------------------
# Q6
# ---------------------------------------------------------------------------
def stable_softmax(z):
    """Softmax over the last axis; subtract the row max first so exp <= 1."""
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


# ---------------------------------------------------------------------------
# Q1
# (a) channels-first like PyTorch: conv keeps 28x28 (pad 1, stride 1),
#     64 filters -> 64 channels, maxpool /2 ->  (64, 14, 14)
# (b) 64 * (3*3*3 + 1) = 1792
# ---------------------------------------------------------------------------
def q1():
    h = (28 + 2 * 1 - 3) // 1 + 1
    h = (h - 2) // 2 + 1
    print("Q1a:", (64, h, h))               # Q1a: (64, 14, 14)
    print("Q1b:", 64 * (3 * 3 * 3 + 1))     # Q1b: 1792


# ---------------------------------------------------------------------------
# Q2
# I store weights as (in_features, out_features) like my own little framework
# from the lab (y = x @ W), so W below is the given matrix laid out 3x2.
# dL/dW = x delta^T (outer(x, delta))
# output:
#   dL/dW = [[ 0.5 -1. ]
#            [ 1.  -2. ]
#            [-0.5  1. ]]
#   W_new = [[ 0.15  0.1 ]
#            [-0.2   0.5 ]
#            [ 0.45 -0.3 ]]
# ---------------------------------------------------------------------------
def q2():
    W = np.array([[0.2, 0.0],
                  [-0.1, 0.3],
                  [0.4, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    dW = np.outer(x, delta)
    W_new = W - 0.1 * dW
    print("dL/dW =", dW)
    print("W_new =", W_new)


# ---------------------------------------------------------------------------
# Q3
# L = -sum_k y_k log p_k = -z_c + log sum_j exp(z_j)   (c = true class)
# dL/dz_k = p_k - y_k
#
# Q4
# No.
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# Q5
# diagonal / total
# output: Q5: 29/44 = 0.6591
# ---------------------------------------------------------------------------
def q5():
    cm = [[50, 12, 8], [10, 45, 15], [9, 21, 50]]
    acc = Fraction(sum(cm[i][i] for i in range(3)), sum(map(sum, cm)))
    print(f"Q5: {acc} = {float(acc):.4f}")
    return acc                               # Fraction(29, 44)


if __name__ == "__main__":
    q1()
    q2()
    q5()
    print(stable_softmax(np.array([1000.0, 1001.0])))
