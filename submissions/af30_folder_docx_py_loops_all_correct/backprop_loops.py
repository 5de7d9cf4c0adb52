"""Q1(c): gradients with plain loops. Rohan Kapoor 200070069"""
import math
import numpy as np


def _s(z):
    return 1.0 / (1.0 + math.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = 2, 2, 2
    h = [0.0] * n_hid
    for i in range(n_hid):
        a = b1[i]
        for j in range(n_in):
            a += W1[i][j] * x[j]
        h[i] = _s(a)
    o = [0.0] * n_out
    for k in range(n_out):
        a = b2[k]
        for i in range(n_hid):
            a += W2[k][i] * h[i]
        o[k] = _s(a)

    d_out = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    d_hid = [0.0] * n_hid
    for i in range(n_hid):
        s = 0.0
        for k in range(n_out):
            s += W2[k][i] * d_out[k]
        d_hid[i] = s * h[i] * (1 - h[i])

    dW2 = np.zeros((n_out, n_hid)); dW1 = np.zeros((n_hid, n_in))
    for k in range(n_out):
        for i in range(n_hid):
            dW2[k, i] = d_out[k] * h[i]
    for i in range(n_hid):
        for j in range(n_in):
            dW1[i, j] = d_hid[i] * x[j]
    return dW1, np.array(d_hid), dW2, np.array(d_out)


if __name__ == "__main__":
    g = gradients(np.full((2, 2), .5), np.ones(2), np.full((2, 2), .5), np.ones(2),
                  np.ones(2), np.array([.5, .5]))
    print("dE/dw11 = %.7f" % g[0][0, 0])
    print("dE/dw21 = %.6f" % g[2][0, 0])
