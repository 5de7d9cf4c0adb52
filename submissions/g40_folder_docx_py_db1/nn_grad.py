import numpy as np

# GNR 638 Assignment 2 - Q1 part (c)
# Rohan Malhotra 200070066


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # output layer
    err_o = (o - t) * o * (1 - o)
    dW2 = np.outer(err_o, h)
    db2 = err_o

    # hidden layer
    back = W2.T @ err_o
    err_h = back * h * (1 - h)
    dW1 = np.outer(err_h, x)
    db1 = back            # gradient of E wrt hidden bias

    return dW1, db1, dW2, db2
