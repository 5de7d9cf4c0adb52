# Neha Sharma 22M2104
# GNR638 A2, problem 1(c)
import numpy as np

x_in = np.array([1.0, 1.0])
target = np.array([0.5, 0.5])


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x_in + b1)
    o = sigmoid(W2 @ h + b2)
    d_o = (o - t) * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    dW1 = np.outer(d_h, x_in)
    dW2 = np.outer(d_o, h)
    return dW1, d_h, dW2, d_o


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    print(gradients(W1, np.ones(2), W2, np.ones(2), x_in, target))
