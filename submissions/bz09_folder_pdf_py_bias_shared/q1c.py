# GNR638 A2 Q1(c) -- Harshita Agarwal (21D070034), Vivek Nair (21D070091)
# backprop for the 2-2-2 sigmoid net with squared error loss

import numpy as np


def sig(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = np.dot(W1, x) + b1
    h = sig(z1)
    z2 = np.dot(W2, h) + b2
    o = sig(z2)

    # backward
    e2 = (o - t) * o * (1 - o)            # error at output pre-activation
    dW2 = e2.reshape(2, 1) * h.reshape(1, 2)
    e1 = np.dot(W2.T, e2) * h * (1 - h)   # error at hidden pre-activation
    dW1 = e1.reshape(2, 1) * x.reshape(1, 2)

    # one bias per layer is shared by both neurons of that layer, so its
    # gradient is the sum over the neurons (same value for both entries)
    db2 = np.ones(2) * np.sum(e2)
    db1 = np.ones(2) * np.sum(e1)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dW1 =", dW1)
    print("dE/db1 =", db1)
    print("dE/dW2 =", dW2)
    print("dE/db2 =", db2)
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
