"""
Q1 part c : backprop code
author: see report
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    dE_do = o - t
    do_dnet = o * (1 - o)
    delta2 = dE_do * do_dnet

    dh_dnet = h * (1 - h)
    delta1 = (W2.T @ delta2) * dh_dnet

    dW1 = np.outer(delta1, x)
    dW2 = np.outer(delta2, h)
    db1 = delta1
    db2 = delta2
    return dW1, dW2, db1, db2


if __name__ == "__main__":
    W1 = np.ones((2, 2)) * 0.5
    W2 = np.ones((2, 2)) * 0.5
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.array([0.5, 0.5])
    dW1, dW2, db1, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    print("db1 =", db1)
    print("db2 =", db2)
