"""Backprop for the 2-2-2 sigmoid net (Q1 c). Kiran Reddy."""
import numpy as np


def _sigmoid(a):
    return 1 / (1 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    g_out = (o - t) * o * (1 - o)
    g_hid = (W2.T @ g_out) * h * (1 - h)
    # output layer first, then hidden layer (order of the backward pass)
    return np.outer(g_out, h), g_out, np.outer(g_hid, x), g_hid
