import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """backprop for 2-2-2 sigmoid net, E = 1/2 sum (t - o)^2"""
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    e = t - o                      # error signal
    d_out = e * o * (1 - o)
    d_hid = np.dot(W2.T, d_out) * h * (1 - h)

    dW2 = np.outer(d_out, h)
    db2 = d_out
    dW1 = np.outer(d_hid, x)
    db1 = d_hid
    return dW1, db1, dW2, db2
