# Q1(c) -- backprop for the 2-2-2 sigmoid net, E = 1/2 sum (t - o)^2
import numpy as np


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2))
    x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
    h = 1.0 / (1.0 + np.exp(-(W1.dot(x) + b1)))
    o = 1.0 / (1.0 + np.exp(-(W2.dot(h) + b2)))
    g_out = (o - t) * o * (1.0 - o)
    g_hid = W2.T.dot(g_out) * h * (1.0 - h)
    return g_hid[:, None] * x[None, :], g_hid, g_out[:, None] * h[None, :], g_out
