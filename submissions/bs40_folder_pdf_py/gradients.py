"""
GNR638 Assignment 2 - Q1(c)
Anjali Mishra (200030041)

Usage:
    from gradients import gradients
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
"""
import numpy as np


def sigmoid(z):
    # numerically a bit safer than 1/(1+exp(-z)) for large negative z
    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, dtype=float).reshape(-1)
    t = np.asarray(t, dtype=float).reshape(-1)
    b1 = np.asarray(b1, dtype=float).reshape(-1)
    b2 = np.asarray(b2, dtype=float).reshape(-1)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    e_o = (o - t) * o * (1.0 - o)
    e_h = (W2.T @ e_o) * h * (1.0 - h)

    dW1 = e_h.reshape(-1, 1) * x.reshape(1, -1)
    dW2 = e_o.reshape(-1, 1) * h.reshape(1, -1)
    return dW1, e_h, dW2, e_o


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    out = gradients(W1, [1, 1], W2, [1, 1], [1, 1], [0.5, 0.5])
    for n, g in zip(["dW1", "db1", "dW2", "db2"], out):
        print(n, np.round(g, 7).tolist())
