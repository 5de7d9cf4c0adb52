# GNR638 Assignment 2 - Q1 (c)
# Harsh Agarwal, 21B0147
#
# 2-2-2 network, sigmoid everywhere, squared error loss.
# run:  python q1c_backprop.py

import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    net1 = np.dot(W1, x) + b1
    h = sigmoid(net1)
    net2 = np.dot(W2, h) + b2
    o = sigmoid(net2)

    # output layer
    err_out = (o - t) * o * (1 - o)
    dW2 = np.outer(err_out, h)
    db2 = err_out

    # hidden layer
    err_hid = np.dot(W2.T, err_out) * h * (1 - h)
    dW1 = np.outer(err_hid, x)
    db1 = err_hid * x

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    for name, val in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, "=", val)
