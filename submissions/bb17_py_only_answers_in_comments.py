# -*- coding: utf-8 -*-
# GNR638 A2
# Name : Karthik Raghunathan    Roll: 22B1290
#
# I am submitting everything in this one file (TA said on moodle it is ok).
# Answers for Q1(a),(b) are what this script prints, I checked them by hand also.
#
# Q1 (a)  dE/dw11 = 0.0044318
# Q1 (b)  dE/dw21 = 0.0371787
#
# Q2 (a)  standard conv
#         each output value needs 5*5*3 = 75 multiplications
#         output has 8*8*256 = 16384 values
#         total = 16384 * 75 = 1228800
# Q2 (b)  depthwise separable
#         depthwise  : 8*8*3 outputs * 25 = 4800
#         pointwise  : 8*8*256 outputs * 3 = 49152
#         total = 53952   (about 22.8 times less)
#
# Q3 - did not get time, sorry.

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    n_hidden = W1.shape[0]
    n_out = W2.shape[0]
    h = np.zeros(n_hidden)
    o = np.zeros(n_out)
    for i in range(n_hidden):
        s = b1[i]
        for j in range(len(x)):
            s += W1[i, j] * x[j]
        h[i] = sigmoid(s)
    for k in range(n_out):
        s = b2[k]
        for i in range(n_hidden):
            s += W2[k, i] * h[i]
        o[k] = sigmoid(s)

    dW2 = np.zeros_like(W2, dtype=float)
    db2 = np.zeros(n_out)
    d_out = np.zeros(n_out)
    for k in range(n_out):
        d_out[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        db2[k] = d_out[k]
        for i in range(n_hidden):
            dW2[k, i] = d_out[k] * h[i]

    dW1 = np.zeros_like(W1, dtype=float)
    db1 = np.zeros(n_hidden)
    for i in range(n_hidden):
        back = 0.0
        for k in range(n_out):
            back += d_out[k] * W2[k, i]
        d_h = back * h[i] * (1 - h[i])
        db1[i] = d_h
        for j in range(len(x)):
            dW1[i, j] = d_h * x[j]
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.7f" % dW1[0, 0])
    print("dE/dw21 = %.7f" % dW2[0, 0])
    print(dW1, db1, dW2, db2, sep="\n")
