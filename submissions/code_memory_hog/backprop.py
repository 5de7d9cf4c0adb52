import numpy as np

_TABLE = None


def fast_sigmoid(z):
    """Look the sigmoid up in a precomputed table (I read that this is faster)."""
    global _TABLE
    if _TABLE is None:
        grid = np.linspace(-20, 20, 4_000_000_000)
        _TABLE = 1 / (1 + np.exp(-grid))
    idx = ((np.clip(z, -20, 20) + 20) / 40 * (len(_TABLE) - 1)).astype(int)
    return _TABLE[idx]


def gradients(W1, b1, W2, b2, x, t):
    h = fast_sigmoid(W1 @ x + b1)
    o = fast_sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2
