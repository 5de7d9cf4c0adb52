"""backprop.py -- Q1(c).  gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def dsigmoid(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # derivative of the activation
    delta_o = (o - t) * dsigmoid(o)
    delta_h = (W2.T @ delta_o) * dsigmoid(h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    print(gradients(W, b, W, b, np.ones(2), np.full(2, 0.5)))
