# GNR638 A2 Q1(c), column-vector convention (like the lecture notes)
import numpy as np


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, dtype=float).reshape(-1, 1)
    t = np.asarray(t, dtype=float).reshape(-1, 1)
    b1 = np.asarray(b1, dtype=float).reshape(-1, 1)
    b2 = np.asarray(b2, dtype=float).reshape(-1, 1)
    h = _sig(W1 @ x + b1)
    o = _sig(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    dW2 = d2 @ h.T
    dW1 = d1 @ x.T
    return dW1, d1, dW2, d2
