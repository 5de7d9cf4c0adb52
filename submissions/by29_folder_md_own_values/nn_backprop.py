"""
GNR 638 Assignment 2, Question 1(c)
Rishabh Goyal (210040061)

gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    # layer 2
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2

    # layer 1
    back = W2.T @ delta2            # error arriving at the hidden units
    delta1 = back * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = back

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    # my own network (see report.md)
    W1 = np.array([[0.3, 0.1], [-0.2, 0.4]])
    b1 = np.array([0.0, 0.0])
    W2 = np.array([[0.6, -0.1], [0.2, 0.5]])
    b2 = np.array([0.1, 0.1])
    x = np.array([1.0, 1.0])
    t = np.array([0.0, 1.0])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    np.set_printoptions(precision=6, suppress=True)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
