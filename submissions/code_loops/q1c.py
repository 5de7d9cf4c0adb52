# Q1 (c) -- gradients with plain loops, no matrix tricks
# I wrote every sum out so I could check it against my hand calculation.
import math
import numpy as np


def sig(a):
    return 1 / (1 + math.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    print("computing gradients...")
    n_in, n_hid, n_out = 2, 2, 2
    h = [0.0] * n_hid
    for i in range(n_hid):
        s = b1[i]
        for j in range(n_in):
            s += W1[i][j] * x[j]
        h[i] = sig(s)
    o = [0.0] * n_out
    for k in range(n_out):
        s = b2[k]
        for i in range(n_hid):
            s += W2[k][i] * h[i]
        o[k] = sig(s)

    d_out = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    d_hid = [0.0] * n_hid
    for i in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k][i] * d_out[k]
        d_hid[i] = back * h[i] * (1 - h[i])

    dW1 = [[d_hid[i] * x[j] for j in range(n_in)] for i in range(n_hid)]
    dW2 = [[d_out[k] * h[i] for i in range(n_hid)] for k in range(n_out)]
    return np.array(dW1), np.array(d_hid), np.array(dW2), np.array(d_out)


if __name__ == "__main__":
    W = [[0.5, 0.5], [0.5, 0.5]]
    print(gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5]))
