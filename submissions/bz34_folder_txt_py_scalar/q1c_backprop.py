# GNR 638 Assignment 2 -- Q1 (c)
# Rohan Kapoor 200020097
# Written with explicit scalar chain-rule formulas (same as my hand derivation)
# so that every term can be matched to the analytic expression.

import math
import numpy as np


def s(z):
    return 1.0 / (1.0 + math.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # names follow the assignment: W1 = [[w11, w13], [w12, w14]], W2 = [[w21, w23], [w22, w24]]
    w11, w13 = W1[0][0], W1[0][1]
    w12, w14 = W1[1][0], W1[1][1]
    w21, w23 = W2[0][0], W2[0][1]
    w22, w24 = W2[1][0], W2[1][1]
    x1, x2 = x[0], x[1]
    t1, t2 = t[0], t[1]

    h1 = s(w11 * x1 + w13 * x2 + b1[0])
    h2 = s(w12 * x1 + w14 * x2 + b1[1])
    o1 = s(w21 * h1 + w23 * h2 + b2[0])
    o2 = s(w22 * h1 + w24 * h2 + b2[1])

    # dE/dnet at the outputs
    g1 = (o1 - t1) * o1 * (1 - o1)
    g2 = (o2 - t2) * o2 * (1 - o2)
    # dE/dnet at the hidden units
    e1 = (g1 * w21 + g2 * w22) * h1 * (1 - h1)
    e2 = (g1 * w23 + g2 * w24) * h2 * (1 - h2)

    dW2 = np.array([[g1 * h1, g1 * h2],
                    [g2 * h1, g2 * h2]])
    db2 = np.array([g1, g2])
    dW1 = np.array([[e1 * x1, e1 * x2],
                    [e2 * x1, e2 * x2]])
    db1 = np.array([e1, e2])
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    half = np.array([[0.5, 0.5], [0.5, 0.5]])
    dW1, db1, dW2, db2 = gradients(half, np.array([1.0, 1.0]), half, np.array([1.0, 1.0]),
                                   np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    print("dW1 =", dW1.tolist())
    print("db1 =", db1.tolist())
    print("dW2 =", dW2.tolist())
    print("db2 =", db2.tolist())
