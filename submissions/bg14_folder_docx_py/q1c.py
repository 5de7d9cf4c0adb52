# GNR 638 Assignment 2, Q1 (c)
# Lakshmi Narayanan  21D070049

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # backward (error = target - output)
    e = t - o
    d_out = e * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)

    dW2 = np.outer(d_out, h)
    db2 = d_out
    dW1 = np.outer(d_hid, x)
    db1 = d_hid
    return dW1, db1, dW2, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1, 1])
b2 = np.array([1, 1])
x = np.array([1, 1])
t = np.array([0.5, 0.5])

if __name__ == "__main__":
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0][0])
    print("dE/dw21 =", dW2[0][0])
