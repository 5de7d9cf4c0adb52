"""GNR638 A2 Q1(c): backprop for the 2-2-2 sigmoid net, E = 0.5*||t - o||^2.  (final version)"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward: dE/do = o - t
    d_o = (o - t) * o * (1.0 - o)
    d_h = (W2.T @ d_o) * h * (1.0 - h)
    dW2 = np.outer(d_o, h)
    db2 = d_o
    dW1 = np.outer(d_h, x)
    db1 = d_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("db1 =", db1)
    print("dW2 =", dW2)
    print("db2 =", db2)
