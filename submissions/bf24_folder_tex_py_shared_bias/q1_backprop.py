# GNR638 A2 Q1(c) - Abhishek Tiwari 21D070011
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward
    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    dW2 = np.outer(d_out, h)
    dW1 = np.outer(d_hid, x)
    # one bias per layer, shared by both units -> its gradient is the sum over units
    db2 = np.sum(d_out)
    db1 = np.sum(d_hid)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, 1.0, W, 1.0, np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    for name, v in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, v)
