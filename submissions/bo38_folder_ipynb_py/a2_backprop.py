import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 1/2 sum (t - o)^2 for o = sig(W2 sig(W1 x + b1) + b2)."""
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    dz2 = (o - t) * o * (1.0 - o)
    dz1 = (W2.T @ dz2) * h * (1.0 - h)
    dW2 = dz2.reshape(-1, 1) * h.reshape(1, -1)
    dW1 = dz1.reshape(-1, 1) * x.reshape(1, -1)
    return dW1, dz1, dW2, dz2
