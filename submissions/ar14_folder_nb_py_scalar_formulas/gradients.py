"""
Q1(c) - GNR 638 Assignment 2 (Harsh Vardhan, 22B3016)

Scalar chain rule written out weight by weight, same naming as the
assignment: W1 = [[w11, w13], [w12, w14]], W2 = [[w21, w23], [w22, w24]].
"""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, float); W2 = np.asarray(W2, float)
    b1 = np.asarray(b1, float); b2 = np.asarray(b2, float)
    x = np.asarray(x, float); t = np.asarray(t, float)

    w11, w13 = W1[0]
    w12, w14 = W1[1]
    w21, w23 = W2[0]
    w22, w24 = W2[1]

    h1 = sigmoid(w11 * x[0] + w13 * x[1] + b1[0])
    h2 = sigmoid(w12 * x[0] + w14 * x[1] + b1[1])
    o1 = sigmoid(w21 * h1 + w23 * h2 + b2[0])
    o2 = sigmoid(w22 * h1 + w24 * h2 + b2[1])

    e1 = (o1 - t[0]) * o1 * (1 - o1)   # dE/dnet_o1
    e2 = (o2 - t[1]) * o2 * (1 - o2)   # dE/dnet_o2

    g1 = (e1 * w21 + e2 * w22) * h1 * (1 - h1)   # dE/dnet_h1
    g2 = (e1 * w23 + e2 * w24) * h2 * (1 - h2)   # dE/dnet_h2

    dW2 = np.array([[e1 * h1, e1 * h2],
                    [e2 * h1, e2 * h2]])
    db2 = np.array([e1, e2])
    dW1 = np.array([[g1 * x[0], g1 * x[1]],
                    [g2 * x[0], g2 * x[1]]])
    db1 = np.array([g1, g2])
    return dW1, db1, dW2, db2
