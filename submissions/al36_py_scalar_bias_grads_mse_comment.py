#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Assignment 2, GNR638.  Kabir Malhotra.

Answers are printed when the script is run:
    python al36.py
"""
import numpy as np

def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    dW2 = np.outer(delta2, h)
    # one bias per layer in the lecture figure -> its gradient is the sum over the layer
    db1 = delta1.sum()
    db2 = delta2.sum()
    return dW1, db1, dW2, db2

def conv_counts():
    std = 8 * 8 * 256 * 5 * 5 * 3
    dw = 8 * 8 * 5 * 5 * 3
    pw = 8 * 8 * 3 * 256
    return std, dw + pw

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("Q1 (a) dE/dw11 =", dW1[0, 0])
    print("Q1 (b) dE/dw21 =", dW2[0, 0])
    s, d = conv_counts()
    print("Q2 (a) standard  =", s)
    print("Q2 (b) separable =", d)

# Q3: for a count output I would simply train with mean squared error,
#     L = mean((y - y_hat)**2), since the Poisson mean equals y_hat.

# --- output on my laptop ---
# Q1 (a) dE/dw11 = 0.004431814656811997
# Q1 (b) dE/dw21 = 0.03717874177605889
# Q2 (a) standard  = 1228800
# Q2 (b) separable = 53952
