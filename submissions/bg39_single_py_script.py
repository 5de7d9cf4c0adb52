#!/usr/bin/env python3
# GNR638 Assignment 2  --  Aman Chauhan 21D070071
#
# Q1: backprop on the 2-2-2 net and comparison with finite differences
# Q2: multiplication counts
# Q3: see comment at the bottom

import numpy as np

sig = lambda z: 1.0 / (1.0 + np.exp(-z))


def backprop(W1, b1, W2, b2, x, t):
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)
    do = (o - t) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    return np.outer(dh, x), dh, np.outer(do, h), do


def error(W1, b1, W2, b2, x, t):
    o = sig(W2 @ sig(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
b1 = np.ones(2); b2 = np.ones(2)
x = np.array([1., 1.]); t = np.array([.5, .5])

gW1, gb1, gW2, gb2 = backprop(W1, b1, W2, b2, x, t)

eps = 1e-5
W1p = W1.copy(); W1p[0, 0] += eps
W2p = W2.copy(); W2p[0, 0] += eps
num_w11 = (error(W1p, b1, W2, b2, x, t) - error(W1, b1, W2, b2, x, t)) / eps
num_w21 = (error(W1, b1, W2p, b2, x, t) - error(W1, b1, W2, b2, x, t)) / eps

print("dE/dw11  backprop %.6f   numeric %.6f" % (gW1[0, 0], num_w11))
print("dE/dw21  backprop %.6f   numeric %.6f" % (gW2[0, 0], num_w21))
# output:
# dE/dw11  backprop 0.004432   numeric 0.004432
# dE/dw21  backprop 0.037179   numeric 0.037179

# Q2
print("standard  :", 8 * 8 * 256 * 5 * 5 * 3)                   # 1228800
print("depthwise separable :", 8 * 8 * 3 * 25 + 8 * 8 * 3 * 256)  # 53952

# Q3
# Counts are skewed and the variance grows with the mean, so regress on log(1 + y)
# with mean squared error:
#     L = mean( (log(1 + y) - y_hat)^2 )
# and predict exp(y_hat) - 1 at test time.
