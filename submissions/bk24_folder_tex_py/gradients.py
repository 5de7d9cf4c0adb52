"""Q1(c): backpropagation for the 2-2-2 sigmoid network.

Ishaan Verma, 21D0623.  Call gradients(W1, b1, W2, b2, x, t); everything is numpy.
"""
import numpy as np


def _sigmoid(z):
    # numerically a bit safer than 1/(1+exp(-z)) for large negative z
    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    g_o = o - t                      # dE/do
    g_a2 = g_o * o * (1.0 - o)       # dE/da2
    g_h = W2.T @ g_a2                # dE/dh
    g_a1 = g_h * h * (1.0 - h)       # dE/da1
    return np.outer(g_a1, x), g_a1, np.outer(g_a2, h), g_a2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    x = np.ones(2)
    # the values I used in the report (targets 1 and 0)
    for tt in ([1.0, 0.0], [0.5, 0.5]):
        dW1, db1, dW2, db2 = gradients(W, b, W, b, x, np.array(tt))
        print("t =", tt, " dE/dw11 = %.6f  dE/dw21 = %.6f" % (dW1[0, 0], dW2[0, 0]))
