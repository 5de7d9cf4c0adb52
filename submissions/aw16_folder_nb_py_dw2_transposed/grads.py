"""Q1(c) GNR638 A2 -- Abhishek Jain"""
import numpy as np


def sig(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float); b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW2 = np.outer(h, delta2)
    dW1 = np.outer(delta1, x)
    return dW1, delta1, dW2, delta2
