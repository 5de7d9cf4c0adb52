"""
GNR638 Assignment 2, Q1(c)
Pooja Reddy - 22D070044

backprop() returns the gradient of E w.r.t. all weights and biases of the
2-2-2 sigmoid network, and the __main__ block compares them with a numerical
gradient.
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def backprop(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2


def error(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); b1 = np.ones(2)
    W2 = np.full((2, 2), 0.5); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    grads = backprop(W1, b1, W2, b2, x, t)
    eps = 1e-6
    W1p = W1.copy(); W1p[0, 0] += eps
    W1m = W1.copy(); W1m[0, 0] -= eps
    print("analytic dE/dw11 :", grads[0][0, 0])
    print("numerical dE/dw11:", (error(W1p, b1, W2, b2, x, t) - error(W1m, b1, W2, b2, x, t)) / (2 * eps))
    W2p = W2.copy(); W2p[0, 0] += eps
    W2m = W2.copy(); W2m[0, 0] -= eps
    print("analytic dE/dw21 :", grads[2][0, 0])
    print("numerical dE/dw21:", (error(W1, b1, W2p, b2, x, t) - error(W1, b1, W2m, b2, x, t)) / (2 * eps))
