# Varun Krishnan - GNR638 A2 Q1(c)
import numpy as np


def sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)

    e_o = o - t                    # dE/do
    d_o = e_o * o * (1 - o)        # dE/dnet_o
    dW2 = np.outer(d_o, h)
    db2 = e_o

    e_h = W2.T @ d_o               # dE/dh
    d_h = e_h * h * (1 - h)        # dE/dnet_h
    dW1 = np.outer(d_h, x)
    db1 = e_h

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
