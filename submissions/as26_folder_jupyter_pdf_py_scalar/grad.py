"""Q1(c) for GNR 638 A2 -- Sanjana Pillai (22B0814).

Scalar chain rule, one line per weight, the same way I did it on paper.
W1 = [[w11, w13], [w12, w14]] and W2 = [[w21, w23], [w22, w24]] (row = unit the weight goes into).
"""
import numpy as np


def s(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
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

    e1 = (o1 - t1) * o1 * (1 - o1)   # dE/dnet_o1
    e2 = (o2 - t2) * o2 * (1 - o2)   # dE/dnet_o2

    g1 = (e1 * w21 + e2 * w22) * h1 * (1 - h1)   # dE/dnet_h1
    g2 = (e1 * w23 + e2 * w24) * h2 * (1 - h2)   # dE/dnet_h2

    dW1 = np.array([[g1 * x1, g1 * x2],
                    [g2 * x1, g2 * x2]])
    db1 = np.array([g1, g2])
    dW2 = np.array([[e1 * h1, e1 * h2],
                    [e2 * h1, e2 * h2]])
    db2 = np.array([e1, e2])
    return dW1, db1, dW2, db2
