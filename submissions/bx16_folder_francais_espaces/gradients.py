# GNR 638 - Devoir 2, question 1(c)
# Camille Laurent (échange INSA Lyon) - 23I170226
import numpy as np


def sigma(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # propagation avant
    h = sigma(W1 @ x + b1)
    o = sigma(W2 @ h + b2)
    # rétropropagation, E = 1/2 * somme (t - o)^2
    d_out = (o - t) * o * (1 - o)
    g_h = W2.T @ d_out
    d_hid = g_h * h * (1 - h)
    dW2 = np.outer(d_out, h)
    db2 = d_out
    dW1 = np.outer(d_hid, x)
    db1 = g_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = 0.5 * np.ones(2)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
