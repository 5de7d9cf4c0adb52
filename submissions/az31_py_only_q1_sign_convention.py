# ==========================================================
#  GNR 638  Assignment 2   --  Q1 only (Q2, Q3 submitted late, see email)
#  Name: Tanvi Deshpande     Roll: 21D180027
# ==========================================================
#
#  Network: x=[1,1] -> h (2 sigmoid) -> o (2 sigmoid)
#  all weights 0.5, b1 = b2 = 1, target t = [0.5, 0.5]
#  E = 1/2 (t1-o1)^2 + 1/2 (t2-o2)^2
#
#  By hand:
#     h1 = sig(0.5+0.5+1) = sig(2) = 0.8808
#     o1 = sig(0.5*0.8808 + 0.5*0.8808 + 1) = sig(1.8808) = 0.8677
#     error at output  e1 = (t1 - o1) = 0.5 - 0.8677 = -0.3677
#     delta_o1 = e1 * o1 (1 - o1) = -0.3677 * 0.1148 = -0.04221
#
#     dE/dw21 = delta_o1 * h1 = -0.04221 * 0.8808 = -0.03718
#     dE/dw11 = (w21 delta_o1 + w22 delta_o2) * h1 (1-h1) * x1
#             = (-0.04221) * 0.1050 = -0.004432
#
#  ANSWERS:
#     Q1(a)  dE/dw11 = -0.00443
#     Q1(b)  dE/dw21 = -0.0372
#  (the code below prints the same numbers -> hand calc verified)
# ==========================================================

import numpy as np


def sigmoid(z):
    return 1. / (1. + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    err = t - o                       # error signal
    delta_o = err * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)

    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", round(dW1[0, 0], 6))
    print("dE/dw21 =", round(dW2[0, 0], 6))
