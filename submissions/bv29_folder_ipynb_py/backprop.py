"""Q1(c) - gradients of E = 0.5*sum((t-o)^2) for the 2-2-2 sigmoid network."""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, float)
    t = np.asarray(t, float)
    z1 = W1 @ x + b1
    h = _sigmoid(z1)
    z2 = W2 @ h + b2
    o = _sigmoid(z2)

    dE_dz2 = (o - t) * o * (1.0 - o)
    dE_dh = W2.T @ dE_dz2
    dE_dz1 = dE_dh * h * (1.0 - h)

    return (np.outer(dE_dz1, x), dE_dz1, np.outer(dE_dz2, h), dE_dz2)
