"""GNR 638 Assignment 2, Q1(c) -- backpropagation for the 2-2-2 sigmoid network.

v2 (Yash Thakur, Pooja Menon): v1 returned the gradients in the order (dW1, dW2, db1, db2);
fixed to (dW1, db1, dW2, db2) as asked.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2))
    x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward: E = 0.5 * sum((t - o)^2), so dE/do = o - t
    g_out = (o - t) * o * (1.0 - o)
    g_hid = (W2.T @ g_out) * h * (1.0 - h)
    dW2 = np.outer(g_out, h)
    dW1 = np.outer(g_hid, x)
    return dW1, g_hid, dW2, g_out


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    grads = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    for name, g in zip(("dW1", "db1", "dW2", "db2"), grads):
        print(name, g)
