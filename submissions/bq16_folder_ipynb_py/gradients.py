import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def dsigmoid(z):
    # derivative of the sigmoid
    return z * (1 - z)


def gradients(W1, b1, W2, b2, x, t):
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)

    delta_o = (o - t) * dsigmoid(a2)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o

    delta_h = (W2.T @ delta_o) * dsigmoid(a1)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2
