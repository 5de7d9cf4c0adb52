import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # work with column vectors like in the lecture notes
    x = x.reshape(2, 1)
    t = t.reshape(2, 1)
    h = sigmoid(W1 @ x + b1.reshape(2, 1))
    o = sigmoid(W2 @ h + b2.reshape(2, 1))
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = (d1 @ x.T).flatten()
    dW2 = (d2 @ h.T).flatten()
    return dW1, d1, dW2, d2
