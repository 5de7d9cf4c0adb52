"""Q1(c): gradients of E = 1/2 sum (t - o)^2 for a 2-2-2 sigmoid MLP."""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    a1 = W1 @ x + b1
    h = _sigmoid(a1)
    a2 = W2 @ h + b2
    o = _sigmoid(a2)
    g_a2 = (o - t) * o * (1.0 - o)
    g_h = W2.T @ g_a2
    g_a1 = g_h * h * (1.0 - h)
    return np.outer(g_a1, x), g_a1, np.outer(g_a2, h), g_a2
