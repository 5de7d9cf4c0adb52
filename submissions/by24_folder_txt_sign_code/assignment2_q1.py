#!/usr/bin/env python3
# GNR638 Assignment 2 Q1
# Kunal Bhatt 200020058 / Isha Saini 200020074

import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    net1 = W1.dot(x) + b1
    h = sigmoid(net1)
    net2 = W2.dot(h) + b2
    o = sigmoid(net2)

    # E = 1/2 (t-o)^2  ->  derivative (t - o)
    e = t - o
    d_out = e * o * (1 - o)
    d_hid = W2.T.dot(d_out) * h * (1 - h)

    dW2 = np.outer(d_out, h)
    db2 = d_out
    dW1 = np.outer(d_hid, x)
    db1 = d_hid
    return dW1, db1, dW2, db2


def analytic(W1, b1, W2, b2, x, t):
    """hand-derived formulas for dE/dw11 and dE/dw21 only"""
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    g21 = (t[0] - o[0]) * o[0] * (1 - o[0]) * h[0]
    g11 = ((t[0] - o[0]) * o[0] * (1 - o[0]) * W2[0, 0]
           + (t[1] - o[1]) * o[1] * (1 - o[1]) * W2[1, 0]) * h[0] * (1 - h[0]) * x[0]
    return g11, g21


if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    g11, g21 = analytic(W1, b1, W2, b2, x, t)
    print('backprop : dE/dw11 = %.6f, dE/dw21 = %.6f' % (dW1[0, 0], dW2[0, 0]))
    print('analytic : dE/dw11 = %.6f, dE/dw21 = %.6f' % (g11, g21))
