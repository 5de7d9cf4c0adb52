"""
backprop.py  --  GNR638 assignment 2, Q1(c)
Meera Pillai (22B1711)

Two layer sigmoid network, squared error loss E = 1/2 * sum (t - o)^2.
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-1.0 * z))


def forward(W1, b1, W2, b2, x):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, float); b1 = np.asarray(b1, float)
    W2 = np.asarray(W2, float); b2 = np.asarray(b2, float)
    x = np.asarray(x, float); t = np.asarray(t, float)

    h, o = forward(W1, b1, W2, b2, x)

    # dE/dz2
    delta2 = (o - t) * o * (1 - o)
    # dE/dz1
    delta1 = (W2.T @ delta2) * h * (1 - h)

    dW2 = np.outer(h, delta2)
    db2 = delta2
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2
