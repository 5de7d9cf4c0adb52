# Q1 part (c)  --  Arjun Nair  (23B0912)
# written with loops so it matches the hand derivation in my report

import math
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = 2, 2, 2
    h = np.zeros(n_hid)
    o = np.zeros(n_out)
    for i in range(n_hid):
        s = b1[i]
        for j in range(n_in):
            s += W1[i][j] * x[j]
        h[i] = sigmoid(s)
    for k in range(n_out):
        s = b2[k]
        for i in range(n_hid):
            s += W2[k][i] * h[i]
        o[k] = sigmoid(s)

    delta_o = np.zeros(n_out)
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])

    delta_h = np.zeros(n_hid)
    for i in range(n_hid):
        s = 0.0
        for k in range(n_out):
            s += W2[k][i] * delta_o[k]
        delta_h[i] = s * h[i] * (1 - h[i])

    dW2 = np.zeros((n_out, n_hid))
    dW1 = np.zeros((n_hid, n_in))
    for k in range(n_out):
        for i in range(n_hid):
            dW2[k][i] = delta_o[k] * h[i]
    for i in range(n_hid):
        for j in range(n_in):
            dW1[i][j] = delta_h[i] * x[j]
    db2 = delta_o.copy()
    db1 = delta_h.copy()
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    out = gradients(W1, np.array([1.0, 1.0]), W2, np.array([1.0, 1.0]),
                    np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    for name, g in zip(("dW1", "db1", "dW2", "db2"), out):
        print(name, "=", g)
