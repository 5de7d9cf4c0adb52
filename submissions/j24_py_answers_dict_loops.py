"""
GNR638 - Assignment 2
Kiran Patil  (200070034)

Everything is in this one file. The written answers are in the ANSWERS dict at the bottom and the code for
Q1(c) is the function gradients(). Output when I run this file on my laptop:

>>> python a2_kiran.py
dE/dw11 = 0.00443181
dE/dw21 = 0.03717874
Q2(a) = 1228800
Q2(b) = 53952
"""
import math
import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), len(b1), len(b2)

    # forward pass, unit by unit
    h = [0.0] * n_hid
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j][i] * x[i]
        h[j] = _sigmoid(s)
    o = [0.0] * n_out
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k][j] * h[j]
        o[k] = _sigmoid(s)

    # backward pass
    delta_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    delta_h = []
    for j in range(n_hid):
        back = sum(W2[k][j] * delta_o[k] for k in range(n_out))
        delta_h.append(back * h[j] * (1 - h[j]))

    dW2 = np.array([[delta_o[k] * h[j] for j in range(n_hid)] for k in range(n_out)])
    dW1 = np.array([[delta_h[j] * x[i] for i in range(n_in)] for j in range(n_hid)])
    return dW1, np.array(delta_h), dW2, np.array(delta_o)


ANSWERS = {
    # Q1: all weights 0.5, x = [1, 1], b1 = b2 = 1, t = [0.5, 0.5]
    "Q1a_dE_dw11": 0.00443181,
    "Q1b_dE_dw21": 0.03717874,
    # Q2: output 8x8x256, 5x5x3 kernels
    "Q2a_standard": 8 * 8 * 256 * 5 * 5 * 3,              # = 1228800
    "Q2b_depthwise_separable": 8 * 8 * 3 * 5 * 5 + 8 * 8 * 3 * 256,   # = 4800 + 49152 = 53952
    # Q3: negative log likelihood of Poisson(lam), lam = predicted mean, log(y!) dropped
    "Q3_loss": "lam - y*log(lam)",
}


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.8f" % dW1[0, 0])
    print("dE/dw21 = %.8f" % dW2[0, 0])
    print("Q2(a) =", ANSWERS["Q2a_standard"])
    print("Q2(b) =", ANSWERS["Q2b_depthwise_separable"])
