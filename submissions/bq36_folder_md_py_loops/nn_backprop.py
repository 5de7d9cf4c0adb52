import math
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # I wrote it with loops so it matches my hand derivation term by term
    n_in, n_hid, n_out = 2, 2, 2

    # forward
    h = [0.0] * n_hid
    for i in range(n_hid):
        s = b1[i]
        for j in range(n_in):
            s += W1[i][j] * x[j]
        h[i] = sigmoid(s)
    o = [0.0] * n_out
    for k in range(n_out):
        s = b2[k]
        for i in range(n_hid):
            s += W2[k][i] * h[i]
        o[k] = sigmoid(s)

    # backward
    dW1 = np.zeros((n_hid, n_in))
    db1 = np.zeros(n_hid)
    dW2 = np.zeros((n_out, n_hid))
    db2 = np.zeros(n_out)

    delta_o = [0.0] * n_out
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        db2[k] = delta_o[k]
        for i in range(n_hid):
            dW2[k][i] = delta_o[k] * h[i]

    for i in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k][i] * delta_o[k]
        delta_h = back * h[i] * (1 - h[i])
        db1[i] = delta_h
        for j in range(n_in):
            dW1[i][j] = delta_h * x[j]

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    out = gradients(W1, np.array([1.0, 1.0]), W2, np.array([1.0, 1.0]),
                    np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    print("dW1 =", out[0].tolist())
    print("db1 =", out[1].tolist())
    print("dW2 =", out[2].tolist())
    print("db2 =", out[3].tolist())
