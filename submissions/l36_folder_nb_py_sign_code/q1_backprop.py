import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """returns (dW1, db1, dW2, db2) for E = 1/2 * sum (t - o)^2"""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    err = (t - o) * o * (1 - o)          # error at output
    err_h = (W2.T @ err) * h * (1 - h)   # error at hidden layer
    dW2 = np.outer(err, h)
    db2 = err
    dW1 = np.outer(err_h, x)
    db1 = err_h
    return dW1, db1, dW2, db2
