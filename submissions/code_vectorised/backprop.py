"""Backpropagation for a 2-2-2 network with sigmoid units (assignment 2).

Forward pass, then the deltas of each layer, then the gradients.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # backward: dE/do = (o - t) for E = 1/2 ||t - o||^2
    delta_out = (o - t) * o * (1 - o)
    delta_hid = (W2.T @ delta_out) * h * (1 - h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    for name, g in zip(["dW1", "db1", "dW2", "db2"], gradients(W1, b1, W2, b2, x, t)):
        print(name, g)
