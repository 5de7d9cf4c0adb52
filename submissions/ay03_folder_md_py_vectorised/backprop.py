"""GNR638 A2 - Q1(c). Backprop for the 2-2-2 sigmoid net, squared error loss."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2 = map(np.asarray, (W1, b1, W2, b2))
    x, t = np.asarray(x, float), np.asarray(t, float)
    # forward
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    # backward
    d2 = (o - t) * o * (1 - o)          # dE/da2
    d1 = (W2.T @ d2) * h * (1 - h)      # dE/da1
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    return dW1, d1, dW2, d2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    for name, g in zip(["dW1", "db1", "dW2", "db2"], gradients(W1, b1, W2, b2, x, t)):
        print(name, g)
