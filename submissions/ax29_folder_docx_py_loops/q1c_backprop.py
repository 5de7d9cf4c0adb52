# GNR 638 Assignment 2, question 1 part (c)
# Sanjana Pai 23M2155
# written with plain loops so I could follow each step of the chain rule

import math
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = [0.0, 0.0]
    o = [0.0, 0.0]
    for i in range(2):
        s = b1[i]
        for j in range(2):
            s += W1[i][j] * x[j]
        h[i] = sigmoid(s)
    for k in range(2):
        s = b2[k]
        for i in range(2):
            s += W2[k][i] * h[i]
        o[k] = sigmoid(s)

    d_out = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(2)]
    d_hid = [0.0, 0.0]
    for i in range(2):
        back = 0.0
        for k in range(2):
            back += W2[k][i] * d_out[k]
        d_hid[i] = back * h[i] * (1 - h[i])

    dW1 = np.zeros((2, 2))
    dW2 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            dW1[i, j] = d_hid[i] * x[j]
    for k in range(2):
        for i in range(2):
            dW2[k, i] = d_out[k] * h[i]
    return dW1, np.array(d_hid), dW2, np.array(d_out)


if __name__ == "__main__":
    W1 = [[0.5, 0.5], [0.5, 0.5]]
    W2 = [[0.5, 0.5], [0.5, 0.5]]
    grads = gradients(W1, [1, 1], W2, [1, 1], [1, 1], [0.5, 0.5])
    for name, g in zip(["dW1", "db1", "dW2", "db2"], grads):
        print(name, g)
