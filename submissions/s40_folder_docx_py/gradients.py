import math
import numpy as np


# Q1(c) loop version, Chirag Bansal 21D100072
def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = 2, 2, 2
    h = [0.0] * n_hid
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j][i] * x[i]
        h[j] = sigmoid(s)
    o = [0.0] * n_out
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k][j] * h[j]
        o[k] = sigmoid(s)

    dW2 = np.zeros((2, 2)); db2 = np.zeros(2)
    delta_o = [0.0] * n_out
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        db2[k] = delta_o[k]
        for j in range(n_hid):
            dW2[k][j] = delta_o[k] * h[j]

    dW1 = np.zeros((2, 2)); db1 = np.zeros(2)
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k][j] * delta_o[k]
        delta_h = back * h[j] * (1 - h[j])
        db1[j] = delta_h
        for i in range(n_in):
            dW1[j][i] = delta_h * x[i]
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    out = gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]), np.array([1., 1.]), np.array([.5, .5]))
    print(out)
