# GNR 638 Assignment 2
# Vikram Singh Rathore, 19D070066
#
# I put everything in this one file. Written answers are in the comments,
# code for Q1 is below.
#
# ---- Q1 (a), (b) ----
# forward: h = sigmoid(2) = 0.8808 for both hidden units
#          o = sigmoid(0.5*0.8808 + 0.5*0.8808 + 1) = sigmoid(1.8808) = 0.8677
# backward:
#   delta_out = (o - t) * o * (1 - o) = 0.3677 * 0.1148 = 0.04221
#   dE/dw21 = delta_out1 * h1 = 0.04221 * 0.8808 = 0.03718          <-- (b)
#   dE/dh1  = w21*delta_out1 + w22*delta_out2 = 0.04221
#   dE/dw11 = 0.04221 * h1*(1-h1) * x1 = 0.04221 * 0.10499 = 0.004432  <-- (a)
# (the program prints the same values, see the bottom)
#
# ---- Q2 ----
# (a) standard conv:  8*8 positions * 256 filters * 5*5*3 = 1228800
# (b) depthwise sep:  8*8*3*5*5 (depthwise) = 4800
#                     8*8*3*256 (1x1)       = 49152
#                     total                 = 53952
#
# ---- Q3 ----
# Poisson likelihood p(y|x) = exp(-lam) lam^y / y!, lam = model output (>0).
# Loss = -log p = lam - y*log(lam) + log(y!)   (last term constant, can drop)
# i.e.  Loss = sum_i [ lam_i - y_i log lam_i ]

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2."""
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    d2 = (o - t) * o * (1.0 - o)          # dE/dz2
    dW2 = np.outer(d2, h)
    db2 = d2
    d1 = (W2.T @ d2) * h * (1.0 - h)      # dE/dz1
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])   # 0.004431814656811997
    print("dE/dw21 =", dW2[0, 0])   # 0.03717874177605889
