import numpy as np


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 1/2 ||t - o||^2."""
    h = _sig(W1 @ x + b1)
    o = _sig(W2 @ h + b2)
    d_o = (o - t) * o * (1.0 - o)
    d_h = (W2.T @ d_o) * h * (1.0 - h)
    return np.outer(d_h, x), d_h, np.outer(d_o, h), d_o


if __name__ == "__main__":
    W1 = np.array([[0.15, 0.25], [0.20, 0.30]])
    W2 = np.array([[0.40, 0.50], [0.45, 0.55]])
    b1 = np.array([0.35, 0.35])
    b2 = np.array([0.60, 0.60])
    x = np.array([1.0, 1.0])
    t = np.array([0.01, 0.99])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1[0,0] =", round(dW1[0, 0], 8), " dW2[0,0] =", round(dW2[0, 0], 8))
