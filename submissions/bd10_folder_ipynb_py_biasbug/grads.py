import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # output layer
    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2 * h
    # hidden layer
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1 * x
    return dW1, db1, dW2, db2
