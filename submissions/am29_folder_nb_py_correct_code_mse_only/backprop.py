import numpy as np

sigmoid = lambda z: 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """returns dW1, db1, dW2, db2 for E = 1/2 sum (t-o)^2"""
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    e2 = (o - t) * o * (1 - o)
    e1 = (W2.T @ e2) * h * (1 - h)
    return np.outer(e1, x), e1, np.outer(e2, h), e2
