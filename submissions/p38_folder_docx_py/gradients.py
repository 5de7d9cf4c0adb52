"""
Q1(c): backprop with explicit loops
Deepika Rao - 200070019
"""
import math
import numpy as np


def _s(z):
    return 1.0 / (1.0 + math.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), W1.shape[0], W2.shape[0]
    h = np.zeros(n_hid)
    for j in range(n_hid):
        h[j] = _s(sum(W1[j, i] * x[i] for i in range(n_in)) + b1[j])
    o = np.zeros(n_out)
    for k in range(n_out):
        o[k] = _s(sum(W2[k, j] * h[j] for j in range(n_hid)) + b2[k])
    d2 = np.zeros(n_out)
    for k in range(n_out):
        d2[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    d1 = np.zeros(n_hid)
    for j in range(n_hid):
        d1[j] = sum(W2[k, j] * d2[k] for k in range(n_out)) * h[j] * (1 - h[j])
    dW2 = np.zeros_like(W2, dtype=float)
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = d2[k] * h[j]
    dW1 = np.zeros_like(W1, dtype=float)
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = d1[j] * x[i]
    return dW1, d1.copy(), dW2, d2.copy()
