# Q1(c) backprop with plain loops (I wanted to see every index)
# Vikram Singh - 22B0755
import math
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + math.exp(-a))


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

    delta_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    delta_h = [0.0] * n_hid
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k][j] * delta_o[k]
        delta_h[j] = back * h[j] * (1 - h[j])

    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]
    dW1 = np.zeros((n_hid, n_in))
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = delta_h[j] * x[i]
    return dW1, np.array(delta_h), dW2, np.array(delta_o)


if __name__ == "__main__":
    W1 = [[0.5, 0.5], [0.5, 0.5]]
    W2 = [[0.5, 0.5], [0.5, 0.5]]
    res = gradients(W1, [1, 1], W2, [1, 1], [1, 1], [0.5, 0.5])
    print(res)
