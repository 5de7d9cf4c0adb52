import numpy as np

sigma = lambda z: 1.0 / (1.0 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigma(W1 @ x + b1)
    o = sigma(W2 @ h + b2)
    # backward (E = 1/2 sum (t-o)^2  ->  dE/do = o - t)
    g_o = (o - t) * o * (1 - o)
    g_h = W2.T @ g_o * h * (1 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o
