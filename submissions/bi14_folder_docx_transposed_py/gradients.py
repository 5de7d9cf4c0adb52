# GNR638 Assignment 2, Q1(c)
# Abhishek Tiwari 21D070090
# explicit loops so that it follows the hand derivation term by term
import math
import numpy as np


def _s(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), W1.shape[0], W2.shape[0]
    h = np.zeros(n_hid)
    for j in range(n_hid):
        h[j] = _s(sum(W1[j, i] * x[i] for i in range(n_in)) + b1[j])
    o = np.zeros(n_out)
    for k in range(n_out):
        o[k] = _s(sum(W2[k, j] * h[j] for j in range(n_hid)) + b2[k])

    d_out = np.zeros(n_out)
    for k in range(n_out):
        d_out[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    d_hid = np.zeros(n_hid)
    for j in range(n_hid):
        d_hid[j] = sum(d_out[k] * W2[k, j] for k in range(n_out)) * h[j] * (1 - h[j])

    dW2 = np.zeros_like(W2, dtype=float)
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = d_out[k] * h[j]
    dW1 = np.zeros_like(W1, dtype=float)
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = d_hid[j] * x[i]
    return dW1, d_hid, dW2, d_out


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    g = gradients(W1, np.array([1.0, 1.0]), W2, np.array([1.0, 1.0]),
                  np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    print("dE/dw11:", g[0][0][0])
    print("dE/dw21:", g[2][0][0])
