# GNR638 Assignment 2 -- Aman Tiwari (200020011)
# Everything is in this one file. Written answers are in the comments, the code is Q1(c).
#
# Q1 (a) dE/dw11 = 0.004432   (b) dE/dw21 = 0.03718   -- both from the run below, I also did them on paper
# Q2 (a) standard conv: 8*8*256*5*5*3 = 1,228,800
#    (b) depthwise separable: 8*8*3*25 + 8*8*3*256 = 4,800 + 49,152 = 53,952
# Q3 Poisson output -> negative log likelihood: L = lambda - y*log(lambda) (+ log y!, constant)

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2

    back = W2.T @ delta2
    dW1 = np.outer(back * h * (1 - h), x)
    db1 = back            # gradient w.r.t. hidden bias
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", round(dW1[0, 0], 6))   # 0.004432
    print("dE/dw21 =", round(dW2[0, 0], 6))   # 0.037179
