# q1c.py  --  Tanvi Joshi (22B2011)
# Backprop for 2-2-2 net written with explicit loops so I could match it with
# my hand derivation. Works for any W1, b1, W2, b2 (biases per unit).
import math
import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float); b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)

    h = np.zeros(2)
    for i in range(2):
        h[i] = _sigmoid(W1[i, 0] * x[0] + W1[i, 1] * x[1] + b1[i])
    o = np.zeros(2)
    for k in range(2):
        o[k] = _sigmoid(W2[k, 0] * h[0] + W2[k, 1] * h[1] + b2[k])

    delta_o = np.zeros(2)
    for k in range(2):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])

    delta_h = np.zeros(2)
    for i in range(2):
        s = 0.0
        for k in range(2):
            s += W2[k, i] * delta_o[k]
        delta_h[i] = s * h[i] * (1 - h[i])

    dW2 = np.zeros((2, 2)); dW1 = np.zeros((2, 2))
    for k in range(2):
        for i in range(2):
            dW2[k, i] = delta_o[k] * h[i]
    for i in range(2):
        for j in range(2):
            dW1[i, j] = delta_h[i] * x[j]
    return dW1, delta_h.copy(), dW2, delta_o.copy()


if __name__ == "__main__":
    # my own values (see answers.md)
    W1 = [[0.1, 0.2], [0.3, 0.4]]
    W2 = [[0.5, 0.6], [0.7, 0.8]]
    b1 = [0.5, 0.5]; b2 = [0.5, 0.5]
    x = [1, 1]; t = [0, 1]
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
