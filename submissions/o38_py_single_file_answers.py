# -*- coding: utf-8 -*-
"""
GNR638 Assignment 2 -- Tejas Patwardhan (200070081)

Everything is in this one file (the TA said a .py is fine).

Q1 (a)  dE/dw11 = 0.0044318   (printed by main below, also checked by hand:
                                0.042210 * 0.104994)
Q1 (b)  dE/dw21 = 0.037179    (0.042210 * 0.880797)
Q1 (c)  gradients() below

Q2 (a)  standard conv: per output pixel 256 filters * 75 = 19,200 mults,
        times 8*8 = 64 output pixels  ->  1,228,800 multiplications
Q2 (b)  depthwise separable: 4,800 (depthwise) + 49,152 (pointwise)
        = 53,952 multiplications

Q3      y | x ~ Poisson(lam), lam = model output > 0
        loss = lam - y * log(lam)        (negative log-likelihood, log(y!) dropped)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    g2 = (o - t) * o * (1.0 - o)
    g1 = (W2.T @ g2) * h * (1.0 - h)
    return np.outer(g1, x), g1, np.outer(g2, h), g2


def count_mults():
    Ho = Wo = 8
    K, Cin, Cout = 5, 3, 256
    standard = Ho * Wo * Cout * K * K * Cin
    depthwise = Ho * Wo * Cin * K * K
    pointwise = Ho * Wo * Cin * Cout
    return standard, depthwise + pointwise


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print("Q1(a) dE/dw11 =", dW1[0, 0])
    print("Q1(b) dE/dw21 =", dW2[0, 0])
    print("Q2 (standard, depthwise separable) =", count_mults())
