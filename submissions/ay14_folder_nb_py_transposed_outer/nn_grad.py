import numpy as np


def _s(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """returns (dW1, db1, dW2, db2) for E = 0.5*sum((t-o)^2)"""
    z1 = W1.dot(x) + b1
    h = _s(z1)
    z2 = W2.dot(h) + b2
    o = _s(z2)
    e2 = (o - t) * o * (1 - o)
    e1 = W2.T.dot(e2) * h * (1 - h)
    dW2 = np.outer(h, e2)
    dW1 = np.outer(x, e1)
    return dW1, e1, dW2, e2
