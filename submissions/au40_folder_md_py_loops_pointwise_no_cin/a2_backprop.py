# GNR638 A2 - Q1(c) - Abhishek Chauhan 21B020047
import math

import numpy as np


def sig(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    W1, W2 = np.array(W1, float), np.array(W2, float)
    b1, b2 = np.array(b1, float), np.array(b2, float)
    x, t = np.array(x, float), np.array(t, float)

    # forward, one unit at a time
    h = np.zeros(2)
    for j in range(2):
        h[j] = sig(W1[j, 0] * x[0] + W1[j, 1] * x[1] + b1[j])
    o = np.zeros(2)
    for k in range(2):
        o[k] = sig(W2[k, 0] * h[0] + W2[k, 1] * h[1] + b2[k])

    # backward
    dW1 = np.zeros((2, 2)); db1 = np.zeros(2)
    dW2 = np.zeros((2, 2)); db2 = np.zeros(2)
    delta_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(2)]
    for k in range(2):
        db2[k] = delta_o[k]
        for j in range(2):
            dW2[k, j] = delta_o[k] * h[j]
    for j in range(2):
        back = delta_o[0] * W2[0, j] + delta_o[1] * W2[1, j]
        delta_h = back * h[j] * (1 - h[j])
        db1[j] = delta_h
        for i in range(2):
            dW1[j, i] = delta_h * x[i]
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = [[0.5, 0.5], [0.5, 0.5]]
    dW1, db1, dW2, db2 = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print(round(dW1[0, 0], 7), round(dW2[0, 0], 7))
