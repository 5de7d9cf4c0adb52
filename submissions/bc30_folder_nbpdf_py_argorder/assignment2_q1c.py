# Gaurav Tiwari 21D070027 -- Q1 (c)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(x, t, W1, b1, W2, b2):
    """x, t: input and target (2,), W1, W2: (2,2), b1, b2: (2,)"""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    dW2 = np.outer(delta_o, h)
    return dW1, delta_h, dW2, delta_o
