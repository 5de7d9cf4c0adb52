"""
Q1(c) -- analytic gradients of E = 0.5*||t - o||^2 for the 2-2-2 sigmoid MLP.
Author: Rohan Deshpande (GNR 638, Assignment 2)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # output layer:  dE/do = (o - t),  do/dnet = o(1 - o)
    delta_out = (o - t) * o * (1.0 - o)
    # hidden layer: back through W2, then through the sigmoid
    delta_hid = (W2.T @ delta_out) * h * (1.0 - h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
