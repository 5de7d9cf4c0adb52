# GNR 638 - Assignment 2 - Q1(c) + short answers for the rest
# Author: Ananya Krishnan
#
# Q1(a) dE/dw11 = 0.004432   (printed below)
# Q1(b) dE/dw21 = 0.037179
# Q2(a) 8x8 outputs x 256 filters x 75 mults each = 1228800
# Q2(b) 4800 (depthwise) + 49152 (pointwise) = 53952
# Q3    Poisson NLL: L = mu - y*log(mu)   (+ log y!, constant)

import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    g_o = (o - t) * o * (1 - o)
    g_h = W2.T.dot(g_o) * h * (1 - h)
    # return everything by name so it is easy to read
    return {
        "W1": np.outer(g_h, x),
        "b1": g_h,
        "W2": np.outer(g_o, h),
        "b2": g_o,
    }


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    print("dE/dw11 = %.6f" % g["W1"][0, 0])
    print("dE/dw21 = %.6f" % g["W2"][0, 0])
