# GNR638 A2 Q1(c)  Vikram Nair 22B3320
import numpy as np


def sig(a):
    return 1 / (1 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.array(W1, dtype=float); W2 = np.array(W2, dtype=float)
    b1 = np.array(b1, dtype=float); b2 = np.array(b2, dtype=float)
    x = np.array(x, dtype=float); t = np.array(t, dtype=float)

    # forward
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)

    # output layer
    d_out = (o - t) * o * (1 - o)
    dW2 = np.outer(d_out, h)
    db2 = d_out

    # hidden layer
    dh = W2.T @ d_out
    dW1 = np.outer(dh * h * (1 - h), x)
    db1 = dh

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print("dE/dw11 =", g[0][0, 0])
    print("dE/dw21 =", g[2][0, 0])
