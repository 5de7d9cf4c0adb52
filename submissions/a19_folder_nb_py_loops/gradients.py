"""Q1(c) -- Lakshmi Priya N (22D1609). Plain loops, no vectorisation, so that
every index is visible and can be compared with the hand derivation."""
import math
import numpy as np


def _s(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), W1.shape[0], W2.shape[0]
    h = [_s(sum(W1[j, i] * x[i] for i in range(n_in)) + b1[j]) for j in range(n_hid)]
    o = [_s(sum(W2[k, j] * h[j] for j in range(n_hid)) + b2[k]) for k in range(n_out)]

    dW1 = np.zeros((n_hid, n_in)); db1 = np.zeros(n_hid)
    dW2 = np.zeros((n_out, n_hid)); db2 = np.zeros(n_out)

    delta_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    for k in range(n_out):
        db2[k] = delta_o[k]
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]

    for j in range(n_hid):
        back = sum(W2[k, j] * delta_o[k] for k in range(n_out))
        delta_h = back * h[j] * (1 - h[j])
        db1[j] = delta_h
        for i in range(n_in):
            dW1[j, i] = delta_h * x[i]
    return dW1, db1, dW2, db2
