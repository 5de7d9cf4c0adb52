"""Q1(c) backprop with explicit loops (easier for me to check against the hand derivation)."""
import math
import numpy as np


def _s(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = 2, 2, 2
    h = [_s(sum(W1[j][i] * x[i] for i in range(n_in)) + b1[j]) for j in range(n_hid)]
    o = [_s(sum(W2[k][j] * h[j] for j in range(n_hid)) + b2[k]) for k in range(n_out)]

    d_out = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    d_hid = [sum(W2[k][j] * d_out[k] for k in range(n_out)) * h[j] * (1 - h[j]) for j in range(n_hid)]

    dW2 = np.array([[d_out[k] * h[j] for j in range(n_hid)] for k in range(n_out)])
    dW1 = np.array([[d_hid[j] * x[i] for i in range(n_in)] for j in range(n_hid)])
    return dW1, np.array(d_hid), dW2, np.array(d_out)
