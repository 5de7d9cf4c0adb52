"""GNR638 A2, Q1(c) -- backprop for the 2-2-2 sigmoid net.  Author: Neha Gupta"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2."""
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    dE_dz2 = (o - t) * o * (1.0 - o)          # output deltas
    dE_dz1 = (W2.T @ dE_dz2) * h * (1.0 - h)  # hidden deltas

    dW2 = np.outer(dE_dz2, h)
    db2 = dE_dz2.copy()
    dW1 = np.outer(dE_dz1, x)
    db1 = dE_dz1.copy()
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = 0.5 * np.ones((2, 2))
    g = gradients(W, np.ones(2), W, np.ones(2), np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    for name, arr in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, arr)
