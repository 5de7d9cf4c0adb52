import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # E = 1/2 * sum (t - o)^2  -> the 1/2 goes into dE/do
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    dE_do = 0.5 * (o - t)
    g_o = dE_do * o * (1 - o)
    g_h = (W2.T @ g_o) * h * (1 - h)
    return np.outer(g_h, x), g_h, np.outer(g_o, h), g_o
