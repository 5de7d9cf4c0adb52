"""
GNR 638 Assignment 2  -  Q1 and Q2
Name: Rohan Deshmukh

Q1(a) dE/dw11 = 0.0044318
Q1(b) dE/dw21 = 0.037179
(both obtained by hand first, then confirmed by gradients() below, see printout)

Q2(a) standard conv:    8*8*256*(5*5*3) = 1228800 multiplications
Q2(b) depthwise + pointwise: 8*8*3*25 + 8*8*3*256 = 4800 + 49152 = 53952 multiplications
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    # output layer
    d2 = (o - t) * sigmoid(z2) * (1 - sigmoid(z2))
    dW2 = np.outer(h, d2)          # dE/dW2 = h * delta2
    db2 = d2

    # hidden layer
    d1 = (W2.T @ d2) * sigmoid(z1) * (1 - sigmoid(z1))
    dW1 = np.outer(x, d1)          # dE/dW1 = x * delta1
    db1 = d1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
    print("Q2:", 8 * 8 * 256 * 5 * 5 * 3, 8 * 8 * 3 * 25 + 8 * 8 * 3 * 256)
