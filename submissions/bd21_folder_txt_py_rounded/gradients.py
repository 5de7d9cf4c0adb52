#!/usr/bin/env python3
# Pooja Chauhan 23B0264
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """returns (dW1, db1, dW2, db2)"""
    net1 = W1 @ x + b1
    h = sigmoid(net1)
    net2 = W2 @ h + b2
    o = sigmoid(net2)
    err = o - t
    d_net2 = err * sigmoid(net2) * (1 - sigmoid(net2))
    d_net1 = (W2.T @ d_net2) * sigmoid(net1) * (1 - sigmoid(net1))
    dW2 = d_net2[:, None] * h[None, :]
    dW1 = d_net1[:, None] * x[None, :]
    return dW1, d_net1, dW2, d_net2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    g = gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]), np.array([1., 1.]), np.array([.5, .5]))
    print("dW1 =", g[0]); print("db1 =", g[1]); print("dW2 =", g[2]); print("db2 =", g[3])
