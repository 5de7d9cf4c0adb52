import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*sum((t - o)**2) for the 2-2-2 sigmoid net.

    Returns (dW1, db1, dW2, db2) with the same shapes as W1, b1, W2, b2.
    """
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)

    e2 = (o - t) * o * (1.0 - o)
    e1 = (W2.T @ e2) * h * (1.0 - h)

    dW2 = e2.reshape(-1, 1) * h.reshape(1, -1)
    dW1 = e1.reshape(-1, 1) * x.reshape(1, -1)
    return dW1, e1, dW2, e2
