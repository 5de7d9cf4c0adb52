# GNR638 A2 Q1(c) -- Aditi Deshpande 22M2101
# written with explicit loops so it follows the hand derivation
import math
import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), W1.shape[0], W2.shape[0]
    h = np.zeros(n_hid)
    for i in range(n_hid):
        h[i] = _sigmoid(sum(W1[i, j] * x[j] for j in range(n_in)) + b1[i])
    o = np.zeros(n_out)
    for k in range(n_out):
        o[k] = _sigmoid(sum(W2[k, i] * h[i] for i in range(n_hid)) + b2[k])

    delta_o = np.zeros(n_out)
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    delta_h = np.zeros(n_hid)
    for i in range(n_hid):
        back = sum(W2[k, i] * delta_o[k] for k in range(n_out))
        delta_h[i] = back * h[i] * (1 - h[i])

    dW2 = np.zeros_like(W2, dtype=float)
    for k in range(n_out):
        for i in range(n_hid):
            dW2[k, i] = delta_o[k] * h[i]
    dW1 = np.zeros_like(W1, dtype=float)
    for i in range(n_hid):
        for j in range(n_in):
            dW1[i, j] = delta_h[i] * x[j]
    return dW1, delta_h.copy(), dW2, delta_o.copy()
