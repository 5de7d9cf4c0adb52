"""
GNR 638 Assignment 2, Q1(c)
Kavya Raghunathan, 21D100021

gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)
for h = sigmoid(W1 x + b1), o = sigmoid(W2 h + b2), E = 0.5 * ||t - o||^2
"""
import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    g_o = o - t                      # dE/do
    g_z2 = g_o * o * (1.0 - o)       # dE/dz2
    dW2 = np.outer(g_z2, h)
    db2 = g_z2
    g_h = W2.T @ g_z2                # dE/dh
    g_z1 = g_h * h * (1.0 - h)       # dE/dz1
    dW1 = np.outer(g_z1, x)
    db1 = g_z1
    return dW1, db1, dW2, db2
