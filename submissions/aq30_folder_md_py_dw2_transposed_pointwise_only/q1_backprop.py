# Q1(c) GNR638 A2 - Om Prakash Yadav 22B3141
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    a1 = np.dot(W1, x) + b1
    h = sigmoid(a1)
    a2 = np.dot(W2, h) + b2
    o = sigmoid(a2)

    # backward pass
    delta_out = (o - t) * o * (1 - o)
    delta_hid = np.dot(W2.T, delta_out) * h * (1 - h)

    dW2 = np.outer(h, delta_out)
    db2 = delta_out
    dW1 = np.outer(x, delta_hid)
    db1 = delta_hid
    return dW1, db1, dW2, db2


# given network
W = np.full((2, 2), 0.5)
ones = np.ones(2)
g1, gb1, g2, gb2 = gradients(W, ones, W, ones, ones, ones / 2)
print("dE/dw11 =", round(g1[0][0], 7))
print("dE/dw21 =", round(g2[0][0], 7))
