# GNR 638 Assignment 2, Q1(c)
# Tanvi Joshi 22B0904
# plain loops so I can follow every index
import math
import numpy as np


def _sig(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.array(W1, dtype=float)
    W2 = np.array(W2, dtype=float)
    b1 = np.array(b1, dtype=float)
    b2 = np.array(b2, dtype=float)
    x = np.array(x, dtype=float)
    t = np.array(t, dtype=float)

    h = np.zeros(2)
    for i in range(2):
        h[i] = _sig(sum(W1[i, j] * x[j] for j in range(2)) + b1[i])
    o = np.zeros(2)
    for k in range(2):
        o[k] = _sig(sum(W2[k, i] * h[i] for i in range(2)) + b2[k])

    delta_out = np.zeros(2)
    for k in range(2):
        delta_out[k] = (o[k] - t[k]) * o[k] * (1 - o[k])

    dW2 = np.zeros((2, 2))
    for k in range(2):
        for i in range(2):
            dW2[k, i] = delta_out[k] * h[i]
    db2 = delta_out.copy()

    delta_hid = np.zeros(2)
    for i in range(2):
        back = 0.0
        for k in range(2):
            back += W2[k, i] * delta_out[k]
        delta_hid[i] = back * h[i] * (1 - h[i])

    dW1 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            dW1[i, j] = delta_hid[i] * x[j]
    db1 = delta_hid.copy()

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    half = [[0.5, 0.5], [0.5, 0.5]]
    g = gradients(half, [1, 1], half, [1, 1], [1, 1], [0.5, 0.5])
    print("dE/dw11:", round(g[0][0, 0], 7))
    print("dE/dw21:", round(g[2][0, 0], 7))
