import numpy as np


def _s(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2, sigmoid layers."""
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)
    h = _s(W1 @ x + b1)
    o = _s(W2 @ h + b2)
    go = (o - t) * o * (1 - o)
    gh = (W2.T @ go) * h * (1 - h)
    dW1 = np.zeros((2, 2)); dW2 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            dW1[i, j] = gh[i] * x[j]
            dW2[i, j] = go[i] * h[j]
    return dW1, gh.copy(), dW2, go.copy()
