"""
GNR638 Assignment 2, question I (iii)
Aishwarya Venkatesh, 21D070002
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 1/2 * sum((t - o)**2) for o = s(W2 s(W1 x + b1) + b2).

    Returns (dW1, db1, dW2, db2) with the same shapes as (W1, b1, W2, b2).
    """
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)

    delta2 = (o - t) * o * (1.0 - o)
    delta1 = (W2.T @ delta2) * h * (1.0 - h)

    dW2 = delta2.reshape(-1, 1) * h.reshape(1, -1)
    dW1 = delta1.reshape(-1, 1) * x.reshape(1, -1)
    return dW1, delta1, dW2, delta2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    out = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    for name, g in zip(("dW1", "db1", "dW2", "db2"), out):
        print(name, np.round(g, 7))
