# GNR 638 A2 - Rohit Kumar (21D070095)
# Q1(c): backprop for the 2-2-2 sigmoid network, E = 1/2 * sum (t - o)^2
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    error = t - o                       # output error
    delta_out = error * o * (1 - o)
    delta_hid = (W2.T @ delta_out) * h * (1 - h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2
