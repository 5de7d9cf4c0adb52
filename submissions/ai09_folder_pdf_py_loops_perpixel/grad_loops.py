# Q1(c) - Tanvi Deshmukh
# explicit loops on purpose, easier for me to match with the hand derivation
import math
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), W1.shape[0], W2.shape[0]
    h = np.zeros(n_hid)
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j, i] * x[i]
        h[j] = sigmoid(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k, j] * h[j]
        o[k] = sigmoid(s)

    delta_o = np.zeros(n_out)
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    dW2 = np.zeros_like(W2, dtype=float)
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]
    db2 = delta_o.copy()

    delta_h = np.zeros(n_hid)
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, j] * delta_o[k]
        delta_h[j] = back * h[j] * (1 - h[j])
    dW1 = np.zeros_like(W1, dtype=float)
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = delta_h[j] * x[i]
    db1 = delta_h.copy()
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.array([[0.5, 0.5], [0.5, 0.5]])
    res = gradients(W, np.array([1.0, 1.0]), W.copy(), np.array([1.0, 1.0]),
                    np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    for name, arr in zip(["dW1", "db1", "dW2", "db2"], res):
        print(name, arr)
