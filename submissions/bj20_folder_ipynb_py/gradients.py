"""gradients.py - copied out of my notebook (A2.ipynb) because the
assignment asks for a .py file.   -- Ishaan Malhotra, 23B0871"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    dE_do = o - t
    dz2 = dE_do * o * (1.0 - o)
    dW2 = dz2[:, None] * h[None, :]
    db2 = dz2
    dh = W2.T @ dz2
    dz1 = dh * h * (1.0 - h)
    dW1 = dz1[:, None] * x[None, :]
    db1 = dz1
    return dW1, db1, dW2, db2
