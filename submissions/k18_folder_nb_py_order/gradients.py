import numpy as np

sig = lambda z: 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """backprop for 2-2-2 net. returns dW1, dW2, db1, db2"""
    a1 = W1 @ x + b1
    h = sig(a1)
    a2 = W2 @ h + b2
    o = sig(a2)
    g2 = (o - t) * o * (1 - o)
    g1 = (W2.T @ g2) * h * (1 - h)
    dW1 = np.outer(g1, x)
    dW2 = np.outer(g2, h)
    db1 = g1
    db2 = g2
    return dW1, dW2, db1, db2
