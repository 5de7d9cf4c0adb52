"""
GNR 638 - Assignment 2
Aryan Malhotra, 22B0077

Everything is in this one file: Q1(c) is the function `gradients` below, and the
answers to the written parts are in the comments + printed by main().

Q1 (a)  dE/dw11 = 0.00443181   (hand: 0.0044)
Q1 (b)  dE/dw21 = 0.0371787    (hand: 0.0372)
Q2 (a)  standard conv            : 1.2288e6 multiplications (= 1228800)
Q2 (b)  depthwise separable conv : 4800 + 49152 = 53952 multiplications
Q3      y|x ~ Poisson(lam)  =>  loss = lam - y*log(lam)   (the negative log likelihood,
        log(y!) left out because it is a constant)
"""
import math

import numpy as np


def sig(a):
    return 1.0 / (1.0 + math.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop written with explicit loops (unit by unit) so I can follow the indices.
    W[i][j] = weight from unit j of the previous layer into unit i."""
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    n_in, n_hid, n_out = 2, 2, 2

    # forward
    h = np.zeros(n_hid)
    for i in range(n_hid):
        s = b1[i]
        for j in range(n_in):
            s += W1[i, j] * x[j]
        h[i] = sig(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for i in range(n_hid):
            s += W2[k, i] * h[i]
        o[k] = sig(s)

    # backward
    d_out = np.zeros(n_out)
    for k in range(n_out):
        d_out[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    d_hid = np.zeros(n_hid)
    for i in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, i] * d_out[k]
        d_hid[i] = back * h[i] * (1 - h[i])

    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        for i in range(n_hid):
            dW2[k, i] = d_out[k] * h[i]
    dW1 = np.zeros((n_hid, n_in))
    for i in range(n_hid):
        for j in range(n_in):
            dW1[i, j] = d_hid[i] * x[j]
    return dW1, d_hid.copy(), dW2, d_out.copy()


def main():
    W1 = [[0.5, 0.5], [0.5, 0.5]]
    W2 = [[0.5, 0.5], [0.5, 0.5]]
    dW1, db1, dW2, db2 = gradients(W1, [1, 1], W2, [1, 1], [1, 1], [0.5, 0.5])
    print("Q1(a) dE/dw11 =", dW1[0, 0])
    print("Q1(b) dE/dw21 =", dW2[0, 0])

    Ho = Wo = 12 - 5 + 1
    print("Q2(a)", Ho * Wo * 256 * 5 * 5 * 3)
    print("Q2(b)", Ho * Wo * 3 * 5 * 5 + Ho * Wo * 3 * 256)


if __name__ == "__main__":
    main()
