import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))   # numerically stable sigmoid


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*||t - o||^2 for the 2-2-2 sigmoid network.

    Returns (dW1, db1, dW2, db2).
    """
    W1, W2 = np.asarray(W1, float), np.asarray(W2, float)
    b1, b2 = np.asarray(b1, float), np.asarray(b2, float)
    x, t = np.asarray(x, float), np.asarray(t, float)
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    e2 = (o - t) * o * (1.0 - o)
    e1 = (W2.T @ e2) * h * (1.0 - h)
    return np.outer(e1, x), e1, np.outer(e2, h), e2
