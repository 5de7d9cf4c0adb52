import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for the 2-2-2 net. Returns dW1, db1, dW2, db2."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    g_o = (o - t) * o * (1 - o)
    g_h = (W2.T @ g_o) * h * (1 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o
