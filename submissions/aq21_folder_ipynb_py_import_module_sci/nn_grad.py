"""
GNR638 Assignment 2, Q1(c)
Author: Yash Bhandari (23B0741)

Manual backprop for a 2-2-2 network with sigmoid hidden and output layers
and E = 1/2 * sum_k (t_k - o_k)^2.
"""
import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def forward(W1, b1, W2, b2, x):
    hidden = _sigmoid(np.matmul(W1, x) + b1)
    return hidden, _sigmoid(np.matmul(W2, hidden) + b2)


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.array(W1, dtype=float)
    W2 = np.array(W2, dtype=float)
    b1 = np.array(b1, dtype=float)
    b2 = np.array(b2, dtype=float)
    x = np.array(x, dtype=float)
    t = np.array(t, dtype=float)

    h, o = forward(W1, b1, W2, b2, x)
    g_o = (o - t) * o * (1.0 - o)
    g_h = (W2.T @ g_o) * h * (1.0 - h)
    return g_h[:, None] * x[None, :], g_h, g_o[:, None] * h[None, :], g_o
