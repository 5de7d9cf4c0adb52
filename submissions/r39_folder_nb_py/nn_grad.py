import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2 of a 2-layer sigmoid net."""
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    g_o = (o - t) * o * (1.0 - o)
    g_h = (W2.T @ g_o) * h * (1.0 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o
