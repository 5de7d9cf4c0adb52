"""GNR638 A2 Q1(c) -- Nikhil Chauhan"""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # first version
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    dW1 = np.outer(d_hid, x)
    dW2 = np.outer(d_out, h)
    db1 = d_hid * x          # BUG (found late): bias input is 1, not x
    db2 = d_out * h          # BUG
    return dW1, db1, dW2, db2


def gradients_v2(W1, b1, W2, b2, x, t):
    # corrected version -- use this one
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out
