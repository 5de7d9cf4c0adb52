"""
GNR638 Assignment 2, Q1(c)
Aishwarya Deshpande, 200050131

Explicit loop version (so that each line matches a term in my hand derivation).
"""
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

    dW2 = np.zeros_like(W2, dtype=float)
    db2 = np.zeros(n_out)
    for k in range(n_out):
        db2[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        for j in range(n_hid):
            dW2[k, j] = db2[k] * h[j]

    dW1 = np.zeros_like(W1, dtype=float)
    db1 = np.zeros(n_hid)
    for j in range(n_hid):
        back = sum(db2[k] * W2[k, j] for k in range(n_out))
        db1[j] = back * h[j] * (1 - h[j])
        for i in range(n_in):
            dW1[j, i] = db1[j] * x[i]
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 = %.6f" % g[0][0, 0])
    print("dE/dw21 = %.6f" % g[2][0, 0])
