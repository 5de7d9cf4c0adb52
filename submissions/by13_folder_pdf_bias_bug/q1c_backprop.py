# GNR 638 - Assignment 2 - Q1 (c)
# Sakshi Agrawal, 200070071
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)

    # output layer
    err = o - t                      # dE/do
    delta2 = err * o * (1 - o)       # dE/dz2
    dW2 = np.outer(delta2, h)
    db2 = err                        # bias of output layer

    # hidden layer
    delta1 = np.dot(W2.T, delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
    print("db1 =", db1, " db2 =", db2)
