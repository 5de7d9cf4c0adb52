"""GNR638 A2 Q1(c) -- Akash Tiwari 21D070131"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*sum((t - o)**2) for o = sigmoid(W2 sigmoid(W1 x + b1) + b2).

    Returns (dW1, db1, dW2, db2).
    """
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2
