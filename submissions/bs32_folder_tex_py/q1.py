"""GNR638 A2, Q1(c).  Gaurav Bhatt 200070102.

Written without vectorisation first (unit by unit) so that it mirrors the hand derivation.
"""
import math
import numpy as np


def _s(z):
    return 1.0 / (1.0 + math.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), len(b1), len(b2)

    h = [_s(sum(W1[j][i] * x[i] for i in range(n_in)) + b1[j]) for j in range(n_hid)]
    o = [_s(sum(W2[k][j] * h[j] for j in range(n_hid)) + b2[k]) for k in range(n_out)]

    d_out = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    d_hid = [sum(W2[k][j] * d_out[k] for k in range(n_out)) * h[j] * (1 - h[j]) for j in range(n_hid)]

    dW2 = np.array([[d_out[k] * h[j] for j in range(n_hid)] for k in range(n_out)])
    dW1 = np.array([[d_hid[j] * x[i] for i in range(n_in)] for j in range(n_hid)])
    return dW1, np.array(d_hid), dW2, np.array(d_out)


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 = %.7f" % g[0][0, 0])
    print("dE/dw21 = %.7f" % g[2][0, 0])
