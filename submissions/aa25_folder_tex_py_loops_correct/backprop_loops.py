import math
import numpy as np


def sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), len(b1), len(b2)
    h = [sig(sum(W1[j][i] * x[i] for i in range(n_in)) + b1[j]) for j in range(n_hid)]
    o = [sig(sum(W2[k][j] * h[j] for j in range(n_hid)) + b2[k]) for k in range(n_out)]
    d_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    d_h = [sum(W2[k][j] * d_o[k] for k in range(n_out)) * h[j] * (1 - h[j]) for j in range(n_hid)]
    dW1 = np.zeros((n_hid, n_in)); dW2 = np.zeros((n_out, n_hid))
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = d_h[j] * x[i]
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = d_o[k] * h[j]
    return dW1, np.array(d_h), dW2, np.array(d_o)


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print(dW1[0, 0], dW2[0, 0])
