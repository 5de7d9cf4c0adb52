import numpy as np

# Q1 (c) backpropagation for the 2-2-2 network
# Gaurav Kamath 23B0822


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)

    delta_out = (o - t) * o * (1 - o)
    delta_hidden = W2.T @ delta_out          # error sent back to the hidden layer

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hidden, x)
    db1 = delta_hidden
    return dW1, db1, dW2, db2
