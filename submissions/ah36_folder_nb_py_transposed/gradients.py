# Q1(c)  --  Lakshmi Narayanan, 20D070047
import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = _sigmoid(W1.dot(x) + b1)
    o = _sigmoid(W2.dot(h) + b2)
    g_o = (o - t) * o * (1.0 - o)
    g_h = W2.T.dot(g_o) * h * (1.0 - h)
    dW2 = np.outer(h, g_o)
    dW1 = np.outer(g_h, x)
    return dW1, g_h, dW2, g_o
