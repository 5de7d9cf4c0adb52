"""Helper module for the A2 notebook (Q1 c). Anjali Mishra 22M0919."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*||t - o||^2 for o = sigmoid(W2 sigmoid(W1 x + b1) + b2).

    Returns (dW1, db1, dW2, db2) with the same shapes as (W1, b1, W2, b2).
    """
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta2 = (o - t) * o * (1.0 - o)
    delta1 = (W2.T @ delta2) * h * (1.0 - h)

    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2
