# ============================================================
#  GNR 638  -  Assignment 2
#  Kunal Mehta  (200020071)
#  whole assignment in this file, answers are in the comments
# ============================================================
#
#  Q1  a) dE/dw11 = 0.00443   (= dW1[0][0] printed below)
#      b) dE/dw21 = 0.03718   (= dW2[0][0])
#      c) function gradients() below
#
#  Q2  a) normal conv    : 8*8 outputs * 256 filters * 5*5*3  = 1228800
#      b) depthwise sep  : 8*8*3*5*5 + 8*8*3*256 = 4800 + 49152 = 53952
#
#  Q3  I think MSE loss works here, L = mean((y - y_pred)^2),
#      the network just has to predict the count y.
# ============================================================

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)

    # backward
    dout = (o - t) * o * (1 - o)
    dhid = W2.T.dot(dout) * h * (1 - h)

    dW2 = np.outer(dout, h)
    dW1 = np.outer(dhid, x)
    db2 = dout
    db1 = dhid
    return dW1, dW2, db1, db2


if __name__ == "__main__":
    W1 = np.ones((2, 2)) * 0.5
    W2 = np.ones((2, 2)) * 0.5
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])

    dW1, dW2, db1, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
    print("db1 =", db1, " db2 =", db2)
    print("w11 grad:", dW1[0][0], " w21 grad:", dW2[0][0])

    # conv counts
    print("standard :", 8 * 8 * 256 * 5 * 5 * 3)
    print("separable:", 8 * 8 * 3 * 5 * 5 + 8 * 8 * 3 * 256)
