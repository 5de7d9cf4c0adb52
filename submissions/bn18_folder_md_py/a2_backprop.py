"""Q1(c) Harsh Vardhan. Bias gradient = sum over units (one shared bias per layer)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1.0 - o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    db2 = np.sum(delta_o)   # shared bias of output layer
    db1 = np.sum(delta_h)   # shared bias of hidden layer
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    out = gradients(W, 1.0, W, 1.0, np.ones(2), np.full(2, 0.5))
    for n, g in zip(("dW1", "db1", "dW2", "db2"), out):
        print(n, "=", g)
