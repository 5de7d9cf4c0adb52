import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def loss(o, t):
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    # error at output
    err = t - o
    d2 = err * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2
