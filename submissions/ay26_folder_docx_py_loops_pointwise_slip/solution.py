# GNR 638 - Assignment 2, Question 1 part (c)
# Backpropagation written with plain loops so every index is visible.
import math
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + math.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = 2, 2, 2
    h = [0.0] * n_hid
    for j in range(n_hid):
        a = b1[j]
        for i in range(n_in):
            a += W1[j][i] * x[i]
        h[j] = sigmoid(a)
    o = [0.0] * n_out
    for k in range(n_out):
        a = b2[k]
        for j in range(n_hid):
            a += W2[k][j] * h[j]
        o[k] = sigmoid(a)

    delta_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    delta_h = []
    for j in range(n_hid):
        s = 0.0
        for k in range(n_out):
            s += W2[k][j] * delta_o[k]
        delta_h.append(s * h[j] * (1 - h[j]))

    dW2 = np.zeros((n_out, n_hid))
    dW1 = np.zeros((n_hid, n_in))
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = delta_h[j] * x[i]
    return dW1, np.array(delta_h), dW2, np.array(delta_o)


if __name__ == "__main__":
    W = [[0.5, 0.5], [0.5, 0.5]]
    dW1, db1, dW2, db2 = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
