#!/usr/bin/env python3
# =====================================================================
#  DL Assignment 3  --  Rahul Venkatesan, roll no. CS20B071
#  Everything is in this one file: written answers are in the comments,
#  the numbers are printed when you run it.  Q6 is the function below.
# =====================================================================
import numpy as np

# ---------------------------------------------------------------------
# Q1 (a)
#   conv: (28 + 2*1 - 3)/1 + 1 = 28   -> 28 x 28 x 64
#   pool 2x2 s2: 28/2 = 14            -> 14 x 14 x 64
#   ANSWER: (14, 14, 64)
#
# Q1 (b)
#   each filter is 3x3, one bias per filter
#   3*3*64 = 576 weights, + 64 biases = 640
#   ANSWER: 640 parameters
# ---------------------------------------------------------------------
H = (28 + 2 * 1 - 3) // 1 + 1
print("Q1a:", (H // 2, H // 2, 64))
print("Q1b:", 3 * 3 * 64 + 64)

# ---------------------------------------------------------------------
# Q2  s = W x,  dL/dW = delta x^T,  W <- W - lr * dL/dW
#   result:
#   [[ 0.15 -0.2   0.45]
#    [ 0.1   0.5  -0.3 ]]
# ---------------------------------------------------------------------
W = np.array([[0.2, -0.1, 0.4],
              [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
W_new = W - 0.1 * np.outer(delta, x)
print("Q2 W_new =\n", W_new)

# ---------------------------------------------------------------------
# Q3  L = -sum_k y_k log p_k, p = softmax(z)
#   dp_j/dz_k = p_j (1[j==k] - p_k)
#   dL/dz_k = -sum_j y_j/p_j * p_j (1[j==k] - p_k)
#           = -y_k + p_k * sum_j y_j
#           = p_k - y_k            <-- ANSWER
# ---------------------------------------------------------------------

# ---------------------------------------------------------------------
# Q4  False. BN at test time uses the running mean / running var that
#     were estimated during training, not the stats of the test batch.
# ---------------------------------------------------------------------

# ---------------------------------------------------------------------
# Q5  diagonal 50+45+50 = 145, total 220
#     145/220 = 0.6590909...  -> 65.91 %
# ---------------------------------------------------------------------
cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
print("Q5 acc = %.4f" % (np.trace(cm) / cm.sum()))


# ---------------------------------------------------------------------
# Q6
# ---------------------------------------------------------------------
def stable_softmax(z):
    """softmax over the last axis; shift by the max so exp can't overflow"""
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)


print("Q6:", stable_softmax(np.array([1.0, 2.0, 3.0])))
