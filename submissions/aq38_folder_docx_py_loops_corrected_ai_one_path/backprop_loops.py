# GNR 638 A2, Q1(c) -- Sahil Chauhan (22B1498)
# Written with explicit loops so every index is visible (W[i][j] = weight from input j into unit i).
import math

import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = np.zeros(2)
    for i in range(2):
        s = b1[i]
        for j in range(2):
            s += W1[i][j] * x[j]
        h[i] = sigmoid(s)

    o = np.zeros(2)
    for k in range(2):
        s = b2[k]
        for i in range(2):
            s += W2[k][i] * h[i]
        o[k] = sigmoid(s)

    delta_o = np.zeros(2)
    for k in range(2):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])

    delta_h = np.zeros(2)
    for i in range(2):
        back = 0.0
        for k in range(2):
            back += W2[k][i] * delta_o[k]
        delta_h[i] = back * h[i] * (1 - h[i])

    dW2 = np.zeros((2, 2))
    for k in range(2):
        for i in range(2):
            dW2[k][i] = delta_o[k] * h[i]

    dW1 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            dW1[i][j] = delta_h[i] * x[j]

    return dW1, delta_h.copy(), dW2, delta_o.copy()


if __name__ == "__main__":
    half = [[0.5, 0.5], [0.5, 0.5]]
    dW1, db1, dW2, db2 = gradients(half, [1, 1], half, [1, 1], [1, 1], [0.5, 0.5])
    print(f"{dW1[0][0]:.7f}")
    print(f"{dW2[0][0]:.7f}")
