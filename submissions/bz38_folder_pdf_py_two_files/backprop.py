"""Backpropagation for a 2-2-2 sigmoid network (GNR638 A2, Q1c).

Author: Neeraj Tiwari (200070058)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    z1 = W1 @ x + b1
    a1 = sigmoid(z1)
    z2 = W2 @ a1 + b2
    a2 = sigmoid(z2)
    return {"z1": z1, "a1": a1, "z2": z2, "a2": a2}


def gradients(W1, b1, W2, b2, x, t):
    cache = forward(W1, b1, W2, b2, x)
    a1, a2 = cache["a1"], cache["a2"]
    dz2 = (a2 - t) * a2 * (1.0 - a2)
    dW2 = dz2[:, None] * a1[None, :]
    db2 = dz2
    da1 = W2.T @ dz2
    dz1 = da1 * a1 * (1.0 - a1)
    dW1 = dz1[:, None] * x[None, :]
    db1 = dz1
    return dW1, db1, dW2, db2
