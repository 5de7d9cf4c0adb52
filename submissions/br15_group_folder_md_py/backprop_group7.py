"""
Group 7 (A. Rao, B. Singh) -- GNR 638 Assignment 2, Q1(c)
Backpropagation for a 2-2-2 network with sigmoid units and squared error.
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    z1 = W1 @ x + b1
    h = _sigmoid(z1)
    z2 = W2 @ h + b2
    o = _sigmoid(z2)
    # backward pass, E = 0.5 * ||t - o||^2
    dE_do = o - t
    dE_dz2 = dE_do * o * (1 - o)
    dW2 = np.outer(dE_dz2, h)
    db2 = dE_dz2
    dE_dh = W2.T @ dE_dz2
    dE_dz1 = dE_dh * h * (1 - h)
    dW1 = np.outer(dE_dz1, x)
    db1 = dE_dz1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.7f" % dW1[0, 0])
    print("dE/dw21 = %.7f" % dW2[0, 0])
