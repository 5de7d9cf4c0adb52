import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Q1(c): returns dW1, db1, dW2, db2 for E = 1/2 * sum (t - o)^2"""
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    dz2 = (o - t) * o * (1 - o)
    dW2 = np.outer(dz2, h)
    db2 = dz2
    dh = W2.T @ dz2
    dz1 = dh * h * (1 - h)
    dW1 = np.outer(dz1, x)
    db1 = dz1
    return dW1, db1, dW2, db2
