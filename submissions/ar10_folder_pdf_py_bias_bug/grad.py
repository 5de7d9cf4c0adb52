# GNR 638 A2 Q1(c)   Rahul Verma 22B0731
import numpy as np


def sig(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1 @ x + b1
    h = sig(z1)
    z2 = W2 @ h + b2
    o = sig(z2)

    # backward
    err_out = (o - t) * sig(z2) * (1 - sig(z2))
    gW2 = np.outer(err_out, h)
    gb2 = err_out

    err_hid = (W2.T @ err_out) * sig(z1) * (1 - sig(z1))
    gW1 = np.outer(err_hid, x)
    gb1 = err_hid * x

    return gW1, gb1, gW2, gb2


if __name__ == "__main__":
    W = np.ones((2, 2)) * 0.5
    grads = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), 0.5 * np.ones(2))
    print("dE/dw11 =", grads[0][0][0])
    print("dE/dw21 =", grads[2][0][0])
