#!/usr/bin/env python3
# GNR638 Assignment 2 - Q1(c)
# Abhishek Tiwari (22B2211)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for 2-2-2 sigmoid net with squared error."""
    # forward
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)

    # error term (t - o) as in the notes
    err = t - o
    delta_o = err * o * (1 - o)
    delta_h = W2.T.dot(delta_o) * h * (1 - h)

    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    res = gradients(W1, np.ones(2), W2, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", res[0][0, 0])
    print("dE/dw21 =", res[2][0, 0])
