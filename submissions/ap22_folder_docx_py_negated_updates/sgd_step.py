"""Q1(c) - Devika Menon 22D0378.

gradients() returns the parameter *updates* (the negative gradient), so a
training step is just  W1 += dW1, b1 += db1, ...  with learning rate 1.
"""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    e = t - o                                  # error
    d_o = e * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    dW2 = np.outer(d_o, h)
    dW1 = np.outer(d_h, x)
    return dW1, d_h, dW2, d_o


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5)))
