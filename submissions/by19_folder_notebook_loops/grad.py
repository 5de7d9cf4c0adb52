# GNR638 A2, Q1(c)  --  Anjali Tiwari (21D100031)
# Explicit (loop) version of backprop so every index is visible.
import math
import numpy as np


def _sig(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), W1.shape[0], W2.shape[0]

    # forward
    h = np.zeros(n_hid)
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j, i] * x[i]
        h[j] = _sig(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k, j] * h[j]
        o[k] = _sig(s)

    # backward
    dW2 = np.zeros_like(W2, dtype=float)
    db2 = np.zeros(n_out)
    for k in range(n_out):
        db2[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        for j in range(n_hid):
            dW2[k, j] = db2[k] * h[j]

    dW1 = np.zeros_like(W1, dtype=float)
    db1 = np.zeros(n_hid)
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, j] * db2[k]
        db1[j] = back * h[j] * (1 - h[j])
        for i in range(n_in):
            dW1[j, i] = db1[j] * x[i]

    return dW1, db1, dW2, db2
