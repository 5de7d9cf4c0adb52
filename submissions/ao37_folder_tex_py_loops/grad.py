import math
import numpy as np


def sig(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = 2, 2, 2
    h = [0.0] * n_hid
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j][i] * x[i]
        h[j] = sig(s)
    o = [0.0] * n_out
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k][j] * h[j]
        o[k] = sig(s)

    d_out = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k][j] = d_out[k] * h[j]
    db2 = np.array(d_out)

    d_hid = [0.0] * n_hid
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k][j] * d_out[k]
        d_hid[j] = back * h[j] * (1 - h[j])
    dW1 = np.zeros((n_hid, n_in))
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j][i] = d_hid[j] * x[i]
    db1 = np.array(d_hid)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dW1[0][0] =", g[0][0][0])
    print("dW2[0][0] =", g[2][0][0])
