import sys

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def main():
    W = np.full((2, 2), 0.5)
    grads = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    for g in grads:
        print(g)
    return 0


sys.exit(main())
