# GNR 638 A2 Q1(c) - written with loops so I can match it to my hand derivation
# Farhan Qureshi 22B0047
import math
import numpy as np


def s(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = 2, 2, 2
    h = [0.0] * n_hid
    for i in range(n_hid):
        acc = b1[i]
        for j in range(n_in):
            acc += W1[i][j] * x[j]
        h[i] = s(acc)
    o = [0.0] * n_out
    for k in range(n_out):
        acc = b2[k]
        for i in range(n_hid):
            acc += W2[k][i] * h[i]
        o[k] = s(acc)

    dW1 = np.zeros((2, 2)); db1 = np.zeros(2)
    dW2 = np.zeros((2, 2)); db2 = np.zeros(2)

    delta_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    for k in range(n_out):
        db2[k] = delta_o[k]
        for i in range(n_hid):
            dW2[k][i] = delta_o[k] * h[i]

    for i in range(n_hid):
        back = sum(W2[k][i] * delta_o[k] for k in range(n_out))
        d = back * h[i] * (1 - h[i])
        db1[i] = d
        for j in range(n_in):
            dW1[i][j] = d * x[j]
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    out = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([0.5, 0.5]))
    print(out)
