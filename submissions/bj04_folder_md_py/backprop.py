"""GNR638 A2, Q1(c) -- backprop for the 2-2-2 sigmoid network.
Meera Pillai, 22B0655
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # output layer: dE/do = (o - t), times sigmoid'
    d_out = (o - t) * o * (1 - o)
    dW2 = np.outer(d_out, h)
    db2 = d_out

    # hidden layer
    d_hid = (W2.T @ d_out) * h * (1 - h)
    dW1 = np.outer(d_hid, x)
    db1 = d_hid

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    print("db1 =", db1, " db2 =", db2)
