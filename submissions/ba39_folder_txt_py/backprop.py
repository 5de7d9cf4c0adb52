# GNR638 Assignment 2, Q1(c)
# Sourav Mondal  22B1733
#
# Backprop written out weight by weight (same names as in the question)
#   W1 = [[w11, w13], [w12, w14]]   (x -> h)
#   W2 = [[w21, w23], [w22, w24]]   (h -> o)

import math
import numpy as np


def sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    w11, w13 = W1[0][0], W1[0][1]
    w12, w14 = W1[1][0], W1[1][1]
    w21, w23 = W2[0][0], W2[0][1]
    w22, w24 = W2[1][0], W2[1][1]
    x1, x2 = x[0], x[1]
    t1, t2 = t[0], t[1]

    # forward
    h1 = sig(w11 * x1 + w13 * x2 + b1[0])
    h2 = sig(w12 * x1 + w14 * x2 + b1[1])
    o1 = sig(w21 * h1 + w23 * h2 + b2[0])
    o2 = sig(w22 * h1 + w24 * h2 + b2[1])

    # output deltas
    d_o1 = (o1 - t1) * o1 * (1 - o1)
    d_o2 = (o2 - t2) * o2 * (1 - o2)

    # hidden deltas
    d_h1 = (w21 * d_o1 + w22 * d_o2) * h1 * (1 - h1)
    d_h2 = (w23 * d_o1 + w24 * d_o2) * h2 * (1 - h2)

    dW2 = np.array([[d_o1 * h1, d_o1 * h2],
                    [d_o2 * h1, d_o2 * h2]])
    db2 = np.array([d_o1, d_o2])
    dW1 = np.array([[d_h1 * x1, d_h1 * x2],
                    [d_h2 * x1, d_h2 * x2]])
    db1 = np.array([d_h1, d_h2])
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 = %.6f" % g[0][0, 0])
    print("dE/dw21 = %.6f" % g[2][0, 0])
