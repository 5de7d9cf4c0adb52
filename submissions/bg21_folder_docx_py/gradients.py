# Q1(c)  --  Zoya Khan, 22B0457
# explicit (element by element) backprop for the 2-2-2 sigmoid network, no matrix tricks
import math
import numpy as np


def s(z):
    return 1.0 / (1.0 + math.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = 2, 2, 2

    # forward
    h = [0.0] * n_hid
    for j in range(n_hid):
        net = b1[j]
        for i in range(n_in):
            net += W1[j][i] * x[i]
        h[j] = s(net)
    o = [0.0] * n_out
    for k in range(n_out):
        net = b2[k]
        for j in range(n_hid):
            net += W2[k][j] * h[j]
        o[k] = s(net)

    # backward
    delta_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    delta_h = []
    for j in range(n_hid):
        back = sum(W2[k][j] * delta_o[k] for k in range(n_out))
        delta_h.append(back * h[j] * (1 - h[j]))

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
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", g[0][0, 0])
    print("dE/dw21 =", g[2][0, 0])
