"""net.py - two-layer sigmoid net + backprop   (Arjun Menon, 21D070012)"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    return h, sigmoid(W2 @ h + b2)


def gradients(W1, b1, W2, b2, x, t, verbose=False):
    h, o = forward(W1, b1, W2, b2, x)
    g_out = (o - t) * o * (1 - o)
    g_hid = (W2.T @ g_out) * h * (1 - h)
    if verbose:
        print("h =", h, " o =", o)
    return np.outer(g_hid, x), g_hid, np.outer(g_out, h), g_out


# quick demo on the assignment's network
_W = np.full((2, 2), 0.5)
_g = gradients(_W, np.ones(2), _W, np.ones(2), np.ones(2), np.full(2, 0.5))
print("demo dw11 = %.7f   dw21 = %.7f" % (_g[0][0, 0], _g[2][0, 0]))
