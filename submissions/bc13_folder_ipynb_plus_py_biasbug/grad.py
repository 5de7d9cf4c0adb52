import numpy as np

# Vivek Raman 210070092 -- GNR638 A2 Task 1.3


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2 * h

    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1 * x
    return dW1, db1, dW2, db2
