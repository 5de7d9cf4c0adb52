# -*- coding: utf-8 -*-
"""
GNR638 Assignment 2 - submission as a python script
(I ran out of time for Q3, sorry)

Q1: 2-2-2 net, sigmoid, squared error, all weights 0.5, b1 = b2 = 1,
    x = [1, 1], t = [0.5, 0.5]
Q2: multiplication counts are printed at the bottom.
"""
import math
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # plain loops so I can follow every index
    n_in, n_hid, n_out = len(x), W1.shape[0], W2.shape[0]
    h = np.zeros(n_hid)
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j, i] * x[i]
        h[j] = sigmoid(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k, j] * h[j]
        o[k] = sigmoid(s)

    dW2 = np.zeros_like(W2, dtype=float)
    db2 = np.zeros(n_out)
    delta_o = np.zeros(n_out)
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        db2[k] = delta_o[k]
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]

    dW1 = np.zeros_like(W1, dtype=float)
    db1 = np.zeros(n_hid)
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, j] * delta_o[k]
        delta_h = back * h[j] * (1 - h[j])
        db1[j] = delta_h
        for i in range(n_in):
            dW1[j, i] = delta_h * x[i]
    return dW1, db1, dW2, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("Q1 a) dE/dw11 = %.5f" % dW1[0, 0])   # 0.00443
print("Q1 b) dE/dw21 = %.5f" % dW2[0, 0])   # 0.03718

# Q2
# a) standard conv: output 8x8x256, each output = 5*5*3 products
std = 8 * 8 * 256 * 5 * 5 * 3
print("Q2 a) standard:", std)                 # 1228800
# b) depthwise separable -> the pointwise 1x1 conv does the channel mixing,
#    8x8 positions, 256 filters of size 1x1x3
dws = 8 * 8 * 256 * 3
print("Q2 b) depthwise separable:", dws)      # 49152

# Q3 - not done
