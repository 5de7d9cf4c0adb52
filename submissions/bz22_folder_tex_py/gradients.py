# GNR 638 - Assignment 2 - Question 1(c)
# Mihir Kulkarni (200070049)
#
# gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)
# network: h = sigmoid(W1 x + b1), o = sigmoid(W2 h + b2), E = 0.5*sum((t - o)**2)

import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    n_in, n_hid, n_out = x.shape[0], W1.shape[0], W2.shape[0]

    # forward pass, unit by unit
    h = np.zeros(n_hid)
    for j in range(n_hid):
        h[j] = _sigmoid(sum(W1[j, i] * x[i] for i in range(n_in)) + b1[j])
    o = np.zeros(n_out)
    for k in range(n_out):
        o[k] = _sigmoid(sum(W2[k, j] * h[j] for j in range(n_hid)) + b2[k])

    # output layer
    delta_o = np.zeros(n_out)
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1.0 - o[k])
    dW2 = np.zeros_like(W2)
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]
    db2 = delta_o.copy()

    # hidden layer
    delta_h = np.zeros(n_hid)
    for j in range(n_hid):
        back = sum(delta_o[k] * W2[k, j] for k in range(n_out))
        delta_h[j] = back * h[j] * (1.0 - h[j])
    dW1 = np.zeros_like(W1)
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = delta_h[j] * x[i]
    db1 = delta_h.copy()

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    out = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.full(2, 0.5))
    names = ("dW1", "db1", "dW2", "db2")
    for n, g in zip(names, out):
        print(n, "=", np.array2string(g, precision=7))
