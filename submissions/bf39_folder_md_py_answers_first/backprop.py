"""Q1(c) backprop for the 2-2-2 sigmoid net -- Rahul Bansal 22B0634"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(W1 @ x)
    o = sigmoid(W2 @ h)
    # backward pass
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    db2 = delta_o
    db1 = delta_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", round(dW1[0, 0], 5))
    print("dE/dw21 =", round(dW2[0, 0], 5))
