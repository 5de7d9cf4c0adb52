"""GNR638 Assignment 2, Q1(c) -- backpropagation for the 2-2-2 sigmoid network.
Author: Varun Krishnan (210050101)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 1/2 * sum((t - o)**2) for h = s(W1 x + b1), o = s(W2 h + b2).

    Returns (dW1, db1, dW2, db2)."""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)          # dE/d(net_o)
    delta1 = (W2.T @ delta2) * h * (1 - h)  # dE/d(net_h)
    dW2 = np.outer(delta2, h)
    db2 = delta2
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; ep = E(*params)
            p[idx] = old - eps; em = E(*params)
            p[idx] = old
            g[idx] = (ep - em) / (2 * eps)
        grads.append(g)
    return tuple(grads)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], gradients(W1, b1, W2, b2, x, t),
                          numerical(W1, b1, W2, b2, x, t)):
        print(name, a.ravel(), "max diff", np.abs(a - n).max())
