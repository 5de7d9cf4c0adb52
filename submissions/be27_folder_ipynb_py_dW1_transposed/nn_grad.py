import numpy as np

# Q1 (c) -- Lakshmi Priya S, 22B1366


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW2 = delta_o[:, None] * h[None, :]
    dW1 = x[:, None] * delta_h[None, :]
    db2 = delta_o
    db1 = delta_h
    return dW1, db1, dW2, db2
