# backprop for 2-2-2 net (GNR638 A2, Q1c) - Pooja Hegde 22D0740
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    # weight gradient = input (column) times delta (row)
    dW2 = np.outer(h, delta2)
    dW1 = np.outer(x, delta1)
    return dW1, delta1, dW2, delta2
