import numpy as np

__all__ = ["gradients"]


def gradients(W1, b1, W2, b2, x, t):
    s = lambda z: 1.0 / (1.0 + np.exp(-z))
    h = s(W1 @ x + b1)
    o = s(W2 @ h + b2)
    g_o = (o - t) * o * (1 - o)          # dE/d(net_o)
    g_h = (W2.T @ g_o) * h * (1 - h)     # dE/d(net_h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o
