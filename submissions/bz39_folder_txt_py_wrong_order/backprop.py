# GNR638 A2 - Q1(c)
# Aman Khurana (210070005), Simran Kaur (210070078)

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """returns gradients of E wrt the weights first, then the biases"""
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    delta2 = (o - t) * o * (1 - o)
    delta1 = np.dot(W2.T, delta2) * h * (1 - h)

    dW1 = np.outer(delta1, x)
    dW2 = np.outer(delta2, h)
    db1 = delta1
    db2 = delta2
    return dW1, dW2, db1, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, dW2, db1, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    print("db1 =", db1, " db2 =", db2)
