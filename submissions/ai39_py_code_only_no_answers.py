import numpy as np


def _s(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = _s(W1 @ x + b1)
    o = _s(W2 @ h + b2)
    e2 = (o - t) * o * (1.0 - o)
    e1 = (W2.T @ e2) * h * (1.0 - h)
    return np.outer(e1, x), e1, np.outer(e2, h), e2
