# GNR638 A2 Q1(c) -- Abhinav Kumar
# plain loops on purpose, so that every index is visible
import math
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), len(b1), len(b2)
    h = np.zeros(n_hid)
    for i in range(n_hid):
        s = b1[i]
        for j in range(n_in):
            s += W1[i, j] * x[j]
        h[i] = sigmoid(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for i in range(n_hid):
            s += W2[k, i] * h[i]
        o[k] = sigmoid(s)

    db2 = np.zeros(n_out)
    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        db2[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        for i in range(n_hid):
            dW2[k, i] = db2[k] * h[i]

    db1 = np.zeros(n_hid)
    dW1 = np.zeros((n_hid, n_in))
    for i in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, i] * db2[k]
        db1[i] = back * h[i] * (1 - h[i])
        for j in range(n_in):
            dW1[i, j] = db1[i] * x[j]
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print(f"dE/dw11 = {dW1[0, 0]:.7f}")
    print(f"dE/dw21 = {dW2[0, 0]:.6f}")
