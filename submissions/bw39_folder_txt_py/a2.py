import numpy as np

sig = lambda z: 1.0 / (1.0 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sig(z1)
    z2 = W2 @ h + b2
    o = sig(z2)
    g2 = (o - t) * o * (1.0 - o)
    g1 = (W2.T @ g2) * h * (1.0 - h)
    return np.outer(g1, x), g1, np.outer(g2, h), g2
