# GNR 638 A2 Q1(c) -- Pooja Menon (22B3012)
import numpy as np


def act(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = act(np.dot(W1, x) + b1)
    o = act(np.dot(W2, h) + b2)
    err = t - o                       # error at output
    d2 = err * o * (1 - o)
    d1 = np.dot(W2.T, d2) * h * (1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    return dW1, d1, dW2, d2
