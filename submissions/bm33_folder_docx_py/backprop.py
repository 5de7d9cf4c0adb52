import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop through h = sig(W1 x + b1), o = sig(W2 h + b2),
    E = 1/2 sum (t - o)^2. Returns dW1, db1, dW2, db2."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    g_o = (o - t) * o * (1 - o)
    g_h = (W2.T @ g_o) * h * (1 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    for name, g in zip(("dW1", "db1", "dW2", "db2"), gradients(W, b, W, b, x, t)):
        print(name, g)
