"""Assignment 2, question 1(c): backpropagation written with explicit loops.

Author: Sanjana Bhat (21D070059)
Run `python gradients.py` to print the gradients for the network of the question.
"""
import math
import numpy as np


def _sigmoid(a):
    return 1.0 / (1.0 + math.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, float); W2 = np.asarray(W2, float)
    b1 = np.asarray(b1, float); b2 = np.asarray(b2, float)
    x = np.asarray(x, float); t = np.asarray(t, float)
    n_in, n_hid, n_out = 2, 2, 2

    # forward pass, one unit at a time
    h = np.zeros(n_hid)
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j, i] * x[i]
        h[j] = _sigmoid(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k, j] * h[j]
        o[k] = _sigmoid(s)

    # backward pass
    delta_out = np.zeros(n_out)
    for k in range(n_out):
        delta_out[k] = (o[k] - t[k]) * o[k] * (1.0 - o[k])
    delta_hid = np.zeros(n_hid)
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, j] * delta_out[k]
        delta_hid[j] = back * h[j] * (1.0 - h[j])

    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = delta_out[k] * h[j]
    dW1 = np.zeros((n_hid, n_in))
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = delta_hid[j] * x[i]
    return dW1, delta_hid.copy(), dW2, delta_out.copy()


if __name__ == "__main__":
    half = [[0.5, 0.5], [0.5, 0.5]]
    dW1, db1, dW2, db2 = gradients(half, [1, 1], half, [1, 1], [1, 1], [0.5, 0.5])
    print(f"dE/dw11 = {dW1[0, 0]:.6f}")
    print(f"dE/dw21 = {dW2[0, 0]:.6f}")
