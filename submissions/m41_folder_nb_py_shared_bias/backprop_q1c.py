"""Q1(c) backprop -- Lakshmi Narayanan (21D070090)

One bias per layer (shared by both units), like in the question, so the
bias gradient is the sum over the units of the layer.
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    dW2 = np.outer(d_out, h)
    dW1 = np.outer(d_hid, x)
    db2 = np.sum(d_out)      # shared bias
    db1 = np.sum(d_hid)
    return dW1, db1, dW2, db2
