"""GNR 638 Assignment 2, Q1(c): backpropagation for a 2-2-2 sigmoid network.

Author: Sarthak Menon (210070072)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    return h, o


def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2), the gradients of E = 1/2 ||t - o||^2."""
    h, o = forward(W1, b1, W2, b2, x)
    delta2 = (o - t) * o * (1 - o)          # dE/da2
    dW2 = np.outer(delta2, h)
    db2 = delta2
    delta1 = (W2.T @ delta2) * h * (1 - h)  # dE/da1
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def numerical_gradients(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    grads = []
    for p in params:
        g = np.zeros_like(p, dtype=float)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            idx = it.multi_index
            old = p[idx]
            p[idx] = old + eps
            lp = loss(W1, b1, W2, b2, x, t)
            p[idx] = old - eps
            lm = loss(W1, b1, W2, b2, x, t)
            p[idx] = old
            g[idx] = (lp - lm) / (2 * eps)
        grads.append(g)
    return tuple(grads)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    bp = gradients(W1, b1, W2, b2, x, t)
    num = numerical_gradients(W1, b1, W2, b2, x, t)
    for name, a, b in zip(["dW1", "db1", "dW2", "db2"], bp, num):
        print(name, "backprop:\n", a, "\nnumerical:\n", b, "\nmax diff", np.max(np.abs(a - b)))
